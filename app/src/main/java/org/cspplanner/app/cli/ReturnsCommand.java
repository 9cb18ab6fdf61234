package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.exporters.returns.ReturnLayout;
import org.cspplanner.exporters.returns.ReturnRequest;
import org.cspplanner.exporters.returns.ReturnWorkbookWriter;
import org.cspplanner.exporters.returns.ReturnsCoveringList;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.ReturnsPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Writes one .xlsx return per lead (organisation or officer) for a quarter, and the covering list of who was sent what. */
@Command(name = "returns", description = "Write a quarterly update return (.xlsx) for each lead of PLAN's open actions, "
        + "and a covering list returns-<quarter>.csv, into DIR. Send them out; merge what comes back with merge-returns.")
final class ReturnsCommand implements Callable<Integer> {

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The quarter asked about, e.g. \"Q3 2026/27\".")
    String period;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write into (made if missing).")
    Path folder;

    @Option(names = "--by", paramLabel = "organisation|officer", defaultValue = "organisation",
            description = "One return per lead organisation (default) or per lead officer.")
    String by;

    @Option(names = "--deadline", paramLabel = "dd/MM/yyyy", description = "The date to return by, printed on each return.")
    String deadline;

    @Option(names = "--contact", paramLabel = "TEXT", description = "Who partners ask about the return, printed on each return.")
    String contact;

    @Override
    public Integer call() throws IOException {
        ReturnsPlanner.By split = switch (by.strip().toLowerCase(Locale.UK)) {
            case "organisation", "organization" -> ReturnsPlanner.By.ORGANISATION;
            case "officer" -> ReturnsPlanner.By.OFFICER;
            default -> throw new IllegalArgumentException("Unknown --by '" + by + "': use organisation or officer.");
        };
        ReportingPeriod quarter = ReportingPeriod.parse(period);
        LocalDate due = parseDeadline();
        Plan loaded = root.plans().loadPlan(root.plans().findPlan(plan).id());
        if (!loaded.reportingPeriods().contains(quarter)) {
            throw new IllegalArgumentException(quarter.label() + " is outside the plan's period (" + loaded.periodLabel() + ").");
        }
        List<ReturnsPlanner.Assignment> assignments = ReturnsPlanner.plan(loaded, split);
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("No open action in '" + loaded.title() + "' has a lead: there is no return to send.");
        }
        Files.createDirectories(folder);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter();
        List<ReturnsCoveringList.Entry> sent = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (ReturnsPlanner.Assignment a : assignments) {
            String name = ReturnLayout.fileName(quarter, a.recipient());
            byte[] bytes = writer.write(new ReturnRequest(loaded, quarter, a.recipient(), a.actions(), due, contact, null));
            AtomicFileWriter.write(folder.resolve(name), out -> out.write(bytes));
            List<String> codes = a.actions().stream().map(Action::code).toList();
            sent.add(new ReturnsCoveringList.Entry(a.recipient(), name, codes, today, null, ""));
            root.out.printf("%s  %s: %d action%s (%s)%n", name, a.recipient().label(), codes.size(),
                    codes.size() == 1 ? "" : "s", String.join(", ", codes));
        }
        Path list = folder.resolve(ReturnsCoveringList.fileName(quarter));
        AtomicFileWriter.write(list, out -> out.write(ReturnsCoveringList.write(sent)));
        root.out.printf("Wrote %d returns for %s of '%s' and the covering list %s%n", sent.size(), quarter.label(),
                loaded.title(), list);
        return 0;
    }

    private LocalDate parseDeadline() {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(deadline.strip(), UK_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: '" + deadline + "' (expected dd/MM/yyyy, e.g. 08/01/2027).", e);
        }
    }
}
