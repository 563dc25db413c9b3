package dk.modningsportal.intervention;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compares two versions of an intervention, core element by core element, word by word. */
@Service
@Transactional(readOnly = true)
public class VersionComparison {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    public enum SegmentKind {
        SAME, ADDED, REMOVED
    }

    /** A run of words that both texts share, or that only the new or only the old one has. */
    public record Segment(SegmentKind kind, String text) {
    }

    public record ElementDiff(String name, Change change, String oldText, String newText, List<Segment> segments) {
    }

    public record Comparison(String fromLabel, String toLabel, List<ElementDiff> elements, List<Segment> description,
            List<Segment> theoryOfChange) {
    }

    private final InterventionCatalog catalog;

    VersionComparison(InterventionCatalog catalog) {
        this.catalog = catalog;
    }

    public Comparison compare(long workspaceId, long fromVersionId, long toVersionId) {
        InterventionVersion from = catalog.visibleVersion(workspaceId, fromVersionId);
        InterventionVersion to = catalog.visibleVersion(workspaceId, toVersionId);
        Map<CoreElement, String> oldTexts = texts(from);
        Map<CoreElement, String> newTexts = texts(to);
        List<CoreElement> elements = new ArrayList<>(oldTexts.keySet());
        newTexts.keySet().stream().filter(e -> !oldTexts.containsKey(e)).forEach(elements::add);
        elements.sort(Comparator.comparingInt(CoreElement::getSortOrder));
        List<ElementDiff> diffs = elements.stream().map(element -> {
            String oldText = oldTexts.get(element);
            String newText = newTexts.get(element);
            Change change = oldText == null ? Change.ADDED
                    : newText == null ? Change.REMOVED
                    : oldText.equals(newText) ? Change.UNCHANGED : Change.CHANGED;
            return new ElementDiff(element.getName(), change, oldText, newText, words(oldText, newText));
        }).toList();
        return new Comparison(from.getLabel(), to.getLabel(), diffs, words(from.getDescription(), to.getDescription()),
                words(from.getTheoryOfChange(), to.getTheoryOfChange()));
    }

    private static Map<CoreElement, String> texts(InterventionVersion version) {
        Map<CoreElement, String> texts = new LinkedHashMap<>();
        version.getTexts().forEach(t -> texts.put(t.getCoreElement(), t.getText()));
        return texts;
    }

    /** Word-level differences; a missing text counts as empty. */
    static List<Segment> words(String oldText, String newText) {
        List<String> oldWords = split(oldText);
        List<String> newWords = split(newText);
        Patch<String> patch = DiffUtils.diff(oldWords, newWords);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, SegmentKind.SAME, oldWords.subList(position, start));
            add(segments, SegmentKind.REMOVED, delta.getSource().getLines());
            add(segments, SegmentKind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, SegmentKind.SAME, oldWords.subList(position, oldWords.size()));
        return segments;
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static void add(List<Segment> segments, SegmentKind kind, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Segment(kind, String.join(" ", words)));
        }
    }
}
