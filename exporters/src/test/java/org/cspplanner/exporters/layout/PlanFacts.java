package org.cspplanner.exporters.layout;

import org.cspplanner.model.Action;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;

/** Test access to how layouts word a RAG, so read-back tests expect exactly what the document shows. */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static String ragWord(Action a, ReportingPeriod period) {
        return PlanText.ragAt(a, period).map(Rag::word).orElse(PlanText.NO_UPDATE);
    }
}
