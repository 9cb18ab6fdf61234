package org.cspplanner.exporters.xlsx;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Plan;

/**
 * The whole plan as JSON, for the hidden data sheet of an exported workbook: record components only, dates as
 * ISO text, due dates in their stored form. No default typing, duplicate keys rejected.
 */
final class PlanDataCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("csp-plan-data")
                    .addSerializer(DueDate.class, new DueDateSerializer())
                    .addDeserializer(DueDate.class, new DueDateDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    private PlanDataCodec() {
    }

    static String toJson(Plan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the plan data", e);
        }
    }

    static Plan fromJson(String json) throws IOException {
        return MAPPER.readValue(json, Plan.class);
    }

    private static final class DueDateSerializer extends JsonSerializer<DueDate> {
        @Override
        public void serialize(DueDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.iso());
        }
    }

    private static final class DueDateDeserializer extends JsonDeserializer<DueDate> {
        @Override
        public DueDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return DueDate.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(p.getValueAsString(), DueDate.class, e.getMessage());
            }
        }
    }
}
