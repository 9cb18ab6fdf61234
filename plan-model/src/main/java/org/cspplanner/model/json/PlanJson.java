package org.cspplanner.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.cspplanner.model.Plan;

/**
 * The lossless exchange and backup format ("format": "csp-plan", "version": 1), documented in
 * docs/json-format.md. Written and read through Jackson's tree model, so that field names are
 * spelled out here and never depend on class names; no polymorphic typing is ever enabled.
 */
public final class PlanJson {

    public static final String FORMAT = "csp-plan";
    public static final int VERSION = 1;

    /** Deeper than any real plan nests (about 8 levels), shallow enough to refuse nesting attacks quickly. */
    private static final int MAX_NESTING = 32;
    private static final int MAX_STRING_LENGTH = 5_000_000;

    private final ObjectMapper mapper;

    public PlanJson() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(40)
                        .build())
                .build();
        factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.mapper = new ObjectMapper(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public void write(Plan plan, OutputStream out) throws IOException {
        mapper.writeValue(out, new PlanJsonWriter(mapper).document(plan));
    }

    public byte[] toBytes(Plan plan) throws IOException {
        return mapper.writeValueAsBytes(new PlanJsonWriter(mapper).document(plan));
    }

    /** Reads a plan document; any problem is a {@link JsonFormatException} naming where it is. */
    public Plan read(InputStream in) throws JsonFormatException {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new JsonFormatException("The file is empty: there is no plan in it.", null);
            }
            return new PlanJsonReader().plan(tree);
        } catch (JsonFormatException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw new JsonFormatException("This is not a valid plan file: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new JsonFormatException("The plan file could not be read: " + e.getMessage(), e);
        }
    }

    public Plan fromBytes(byte[] json) throws JsonFormatException {
        return read(new java.io.ByteArrayInputStream(json));
    }
}
