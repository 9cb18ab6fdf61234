package org.cspplanner.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A progress update for a reporting period. Updates are history: appended, never overwritten.
 * {@code source} names where it came from (a partner's return file), when it did not come from the app.
 */
public record Update(UUID id, ReportingPeriod period, LocalDate date, String author, String organisation,
                     String text, Rag rag, String source) {

    public Update {
        id = id == null ? Ids.newId() : id;
        if (period == null) {
            throw new IllegalArgumentException("An update needs a reporting period");
        }
        date = date == null ? period.end() : date;
        author = Text.clean(author);
        organisation = Text.clean(organisation);
        text = Text.cleanMultiline(text);
        source = Text.clean(source);
    }

    public static Update of(ReportingPeriod period, LocalDate date, String author, String text, Rag rag) {
        return new Update(null, period, date, author, "", text, rag, "");
    }
}
