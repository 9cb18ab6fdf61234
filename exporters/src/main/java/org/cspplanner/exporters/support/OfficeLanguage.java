package org.cspplanner.exporters.support;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/** Sets the document language (dc:language) in an Office file's core properties. */
public final class OfficeLanguage {

    private OfficeLanguage() {
    }

    public static void set(OPCPackage pkg, String language) {
        try {
            pkg.getPackageProperties().setLanguageProperty(language);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("A new document has no core properties part", e);
        }
    }
}
