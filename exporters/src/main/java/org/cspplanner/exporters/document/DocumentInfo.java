package org.cspplanner.exporters.document;

import org.cspplanner.model.ReportingPeriod;

/**
 * What a document says about itself: title and metadata, the running header, and whether it is a draft.
 * {@code language} is a BCP 47 tag (always "en-GB" for our plans).
 */
public record DocumentInfo(String title, String subtitle, String author, String subject, String keywords,
                           String language, boolean draft, String layoutName, ReportingPeriod period) {

    /** The running header: the plan title, and DRAFT while the plan is a draft. */
    public String runningHeader() {
        return draft ? "DRAFT: " + title : title;
    }
}
