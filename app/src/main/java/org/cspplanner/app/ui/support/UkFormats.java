package org.cspplanner.app.ui.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/** UK ways of writing dates, money and numbers: 30/09/2026, £1,250.50. */
public final class UkFormats {
    private UkFormats() {
    }

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    public static String date(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** Reads 30/09/2026 or 3/9/2026; empty when it is not a date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DAY, SHORT_DAY}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The converter every date picker uses, so dates read dd/MM/yyyy whatever the machine's locale. */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s).orElse(null);
            }
        };
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    /** "1,250.5" to 1250.5; "£1,250" and spaces are accepted. Empty for blank, null... see {@link #isNumber}. */
    public static Optional<BigDecimal> parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace(",", "").replace("£", "").replace("%", "").replace(" ", "");
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True for blank text (no number) and for text that reads as a number. */
    public static boolean isNumberOrBlank(String text) {
        return text == null || text.isBlank() || parseNumber(text).isPresent();
    }

    public static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
