package org.cspplanner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.exporters.returns.ReturnWorkbookReader;
import org.cspplanner.exporters.returns.ReturnsCoveringList;
import org.cspplanner.model.Plan;
import org.cspplanner.model.returns.MergePreview;
import org.cspplanner.model.returns.Recipient;
import org.cspplanner.model.returns.ReturnFile;
import org.cspplanner.model.returns.ReturnsMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Previews partners' returned files against a plan and, with --accept-all, merges every change that has no conflict
 * in one transaction. Choosing between conflicting returns, or accepting changes one by one, is done in the app.
 */
@Command(name = "merge-returns", description = "Show what returned FILEs would change in PLAN and what is wrong with "
        + "them. Nothing is written unless --accept-all is given; conflicting returns are never accepted here.")
final class MergeReturnsCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Returned .xlsx files.")
    List<Path> files;

    @Option(names = "--accept-all", description = "Write every change that has no conflict (and mark the replies in the covering list).")
    boolean acceptAll;

    @Option(names = "--dry-run", description = "Only show the preview: never write anything, even with --accept-all.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Set<Path> unique = new LinkedHashSet<>(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        for (Path f : unique) {
            if (!Files.isRegularFile(f)) {
                throw new NoSuchFileException(f.toString());
            }
        }
        Plan loaded = root.plans().loadPlan(root.plans().findPlan(plan).id());
        ReturnWorkbookReader reader = new ReturnWorkbookReader();
        List<ReturnFile> read = new ArrayList<>();
        for (Path f : unique) {
            try (InputStream in = Files.newInputStream(f)) {
                read.add(reader.readOrReport(f.getFileName().toString(), in));
            }
        }
        MergePreview preview = ReturnsMerge.preview(loaded, read);
        new MergePreviewPrinter(root.out).print(preview, read.size());
        int acceptable = preview.acceptable().size();
        if (!acceptAll || dryRun) {
            root.out.println(dryRun ? "Dry run: nothing was written." : "Nothing was written.");
            if (!dryRun && acceptable > 0) {
                root.out.println("To accept the " + acceptable + " change" + (acceptable == 1 ? "" : "s")
                        + " without conflicts, run again with --accept-all"
                        + (preview.conflicts().isEmpty() ? "." : "; choose between conflicting returns in the app."));
            }
            waiting(preview, unique);
            return 0;
        }
        LocalDate today = LocalDate.now();
        root.plans().applyReturns(ReturnsMerge.apply(preview, preview.acceptable(), today));
        root.out.printf("Merged %d change%s from %d file%s into '%s'.%n", acceptable, acceptable == 1 ? "" : "s",
                preview.mergedFiles().size(), preview.mergedFiles().size() == 1 ? "" : "s", loaded.title());
        if (!preview.conflicts().isEmpty()) {
            root.out.println(preview.conflicts().size() + " conflicting changes were left for you to choose in the app.");
        }
        markReplies(preview, unique, today);
        return 0;
    }

    /** Rewrites the covering list found beside the returned files, marking who has now replied. */
    private void markReplies(MergePreview preview, Set<Path> paths, LocalDate today) throws IOException {
        for (Path list : coveringLists(preview, paths)) {
            List<ReturnsCoveringList.Entry> entries;
            try (InputStream in = Files.newInputStream(list)) {
                entries = ReturnsCoveringList.markReplied(ReturnsCoveringList.read(in), preview.mergedFiles(), today);
            }
            List<ReturnsCoveringList.Entry> marked = entries;
            AtomicFileWriter.write(list, out -> out.write(ReturnsCoveringList.write(marked)));
            root.out.println("Marked the replies in " + list);
            printWaiting(entries);
        }
    }

    /** Says who has not replied yet, counting the files given now, without writing the list. */
    private void waiting(MergePreview preview, Set<Path> paths) throws IOException {
        for (Path list : coveringLists(preview, paths)) {
            try (InputStream in = Files.newInputStream(list)) {
                printWaiting(ReturnsCoveringList.markReplied(ReturnsCoveringList.read(in), preview.mergedFiles(),
                        LocalDate.now()));
            }
        }
    }

    private void printWaiting(List<ReturnsCoveringList.Entry> entries) {
        List<Recipient> waiting = ReturnsCoveringList.waiting(entries);
        root.out.println(waiting.isEmpty() ? "Every return has come back."
                : "Still waiting for: " + String.join(", ", waiting.stream().map(Recipient::label).toList()));
    }

    private static Set<Path> coveringLists(MergePreview preview, Set<Path> paths) {
        Set<Path> lists = new LinkedHashSet<>();
        if (preview.period() == null) {
            return lists;
        }
        for (Path p : paths) {
            Path list = p.resolveSibling(ReturnsCoveringList.fileName(preview.period()));
            if (Files.isRegularFile(list)) {
                lists.add(list);
            }
        }
        return lists;
    }
}
