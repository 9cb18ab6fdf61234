package org.cspplanner.model;

import java.util.List;
import java.util.Objects;

/** Small text helpers shared by the records: nulls become empty strings, lists become immutable. */
public final class Text {
    private Text() {
    }

    /** Null to "", and trailing/leading white space removed. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Null to "", keeping inner line breaks but not surrounding white space. */
    public static String cleanMultiline(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
