package org.cspplanner.exporters.importing;

import java.io.BufferedInputStream;
import java.io.EOFException;

import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cspplanner.model.ProgressListener;

/**
 * Turns a file into a {@link SourceWorkbook}, choosing the reader by what the file holds rather than by its
 * name, and turning every way a file can be bad into one {@link ImportException} with a plain message.
 */
public final class GridReaders {

    private GridReaders() {
    }

    /** Reads any supported file: .xlsx, .xls, .csv (or .tsv/.txt) and .docx. */
    public static SourceWorkbook read(Path file, int maxRows, ProgressListener progress) throws ImportException {
        String name = file.getFileName().toString();
        String ext = extension(name);
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("'" + name + "' is a folder, not a file.");
            }
            if (Files.size(file) == 0) {
                throw new ImportException("'" + name + "' is empty (0 bytes).");
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> readOoxml(file, name, ext, maxRows, progress);
                case OLE2 -> readOle2(file, name, ext, maxRows, progress);
                default -> readOther(file, name, ext, magic, maxRows, progress);
            };
        } catch (ImportException | ProgressListener.CancelledException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ImportException("File not found: " + name);
        } catch (AccessDeniedException e) {
            throw new ImportException("'" + name + "' cannot be opened: permission denied.");
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(name);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw explain(name, e);
        }
    }

    private static SourceWorkbook readOoxml(Path file, String name, String ext, int maxRows, ProgressListener progress)
            throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            String main = mainPart(pkg);
            List<String> notes = new ArrayList<>();
            if (main.startsWith("/xl/")) {
                if (!ext.startsWith("xls")) {
                    notes.add("'" + name + "' holds an Excel workbook; it was read as one.");
                }
                List<SourceSheet> sheets = new XlsxGridReader().read(pkg, maxRows, progress);
                return new SourceWorkbook(name, sheets, List.of(), notes);
            }
            if (main.startsWith("/word/")) {
                if (!ext.equals("docx")) {
                    notes.add("'" + name + "' holds a Word document; its tables were read.");
                }
                try (XWPFDocument doc = new XWPFDocument(pkg)) {
                    DocxGridReader reader = new DocxGridReader();
                    List<SourceSheet> sheets = reader.read(doc, maxRows, progress);
                    return new SourceWorkbook(name, sheets, reader.titleLines(), notes);
                }
            }
            throw new ImportException("'" + name + "' is an Office file but neither a workbook nor a Word document "
                    + "(perhaps a presentation). Save the plan as .xlsx, .xls, .csv or .docx.");
        }
    }

    private static String mainPart(OPCPackage pkg) {
        for (PackageRelationship rel : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            return rel.getTargetURI().toString();
        }
        for (PackageRelationship rel : pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            return rel.getTargetURI().toString();
        }
        return "";
    }

    private static SourceWorkbook readOle2(Path file, String name, String ext, int maxRows, ProgressListener progress)
            throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw passwordProtected(name);
            }
            if (root.hasEntry("WordDocument")) {
                throw new ImportException("'" + name + "' is an old Word 97–2003 document (.doc). "
                        + "Open it in Word and save it as .docx, then import that.");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new ImportException("'" + name + "' is an old-style Office file but not an Excel workbook.");
            }
            List<String> notes = new ArrayList<>();
            if (!ext.equals("xls")) {
                notes.add("'" + name + "' is an Excel 97–2003 workbook (.xls) with a different name; it was read as .xls.");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                return new SourceWorkbook(name, new XlsGridReader().read(wb, maxRows, progress), List.of(), notes);
            }
        }
    }

    private static SourceWorkbook readOther(Path file, String name, String ext, FileMagic magic, int maxRows,
                                            ProgressListener progress) throws Exception {
        if (magic != FileMagic.UNKNOWN) {
            String what = switch (magic) {
                case PDF -> "a PDF";
                case HTML -> "a web page (HTML)";
                case XML -> "an XML file";
                default -> "not a spreadsheet or Word document";
            };
            throw new ImportException("'" + name + "' is " + what + ", so there is no table to import. "
                    + "Save the plan as .xlsx, .xls, .csv or .docx.");
        }
        if (ext.equals("xlsx") || ext.equals("xls") || ext.equals("docx") || ext.equals("xlsm")) {
            throw new ImportException("'" + name + "' is named ." + ext + " but is not an Office file: "
                    + "it is corrupt, truncated or of another kind.");
        }
        CsvGridReader csv = new CsvGridReader();
        CsvGridReader.Dialect dialect = csv.sniff(file);
        SourceSheet sheet = csv.read(file, dialect, maxRows, progress);
        return new SourceWorkbook(name, List.of(sheet), List.of(), List.of(dialect.describe() + "."));
    }

    static ImportException passwordProtected(String name) {
        return new ImportException("'" + name + "' is password-protected. Open it in Excel, remove the password "
                + "(File > Info > Protect Workbook > Encrypt with Password), save it and import it again.");
    }

    /** Maps what POI and the JDK throw for a bad file onto a message a person can act on. */
    private static ImportException explain(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.UK);
            if (m.contains("zip bomb") || m.contains("exceed the max") || m.contains("max size")) {
                return new ImportException("'" + name + "' was refused: it expands to far more data than its size "
                        + "suggests (a 'zip bomb'). If it is a real plan, save it again from Excel and retry.", e);
            }
            if (t instanceof EncryptedDocumentException) {
                return passwordProtected(name);
            }
            if (t instanceof OutOfMemoryError) {
                return new ImportException("'" + name + "' is too large to import.", e);
            }
        }
        boolean truncated = e instanceof EOFException || String.valueOf(e.getMessage()).toLowerCase(Locale.UK).contains("truncated")
                || String.valueOf(e.getMessage()).toLowerCase(Locale.UK).contains("unexpected end");
        return new ImportException("'" + name + "' could not be read: it is corrupt"
                + (truncated ? " or was cut short" : " or not really a spreadsheet or Word document")
                + ". Open it in Excel or Word, save a new copy and import that.", e);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.UK);
    }

}
