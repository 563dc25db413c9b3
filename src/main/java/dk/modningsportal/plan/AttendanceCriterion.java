package dk.modningsportal.plan;

import dk.modningsportal.organisation.OrganisationKind;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A success criterion that counts attendance, written as people write it: "Mindst 3 fra hver kommune", "mindst én
 * fra hver forening", "At least 2 from each organisation". Such a criterion is ticked off from the meeting's
 * attendance; any other stays for a person to tick.
 */
public record AttendanceCriterion(int minimum, OrganisationKind kind) {

    private static final Pattern DANISH = Pattern.compile(
            "(?iu)mindst\\s+(\\d+|en|én|et|ét|to|tre|fire|fem)\\b.*?\\bfra\\s+hver\\s+(kommune|forening|boform|organisation)");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?iu)at\\s+least\\s+(\\d+|one|two|three|four|five)\\b.*?\\bfrom\\s+each\\s+(municipality|association|shelter|organisation|organization)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("en", 1), Map.entry("én", 1),
            Map.entry("et", 1), Map.entry("ét", 1), Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4),
            Map.entry("fem", 5), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5));
    private static final Map<String, OrganisationKind> KINDS = Map.of("kommune", OrganisationKind.MUNICIPALITY,
            "municipality", OrganisationKind.MUNICIPALITY, "forening", OrganisationKind.ASSOCIATION, "association",
            OrganisationKind.ASSOCIATION, "boform", OrganisationKind.SHELTER, "shelter", OrganisationKind.SHELTER);

    public static Optional<AttendanceCriterion> parse(String text) {
        for (Pattern pattern : new Pattern[] {DANISH, ENGLISH}) {
            Matcher m = pattern.matcher(text == null ? "" : text);
            if (m.find()) {
                String number = m.group(1).toLowerCase(java.util.Locale.ROOT);
                int minimum = WORDS.containsKey(number) ? WORDS.get(number) : Integer.parseInt(number);
                return Optional.of(new AttendanceCriterion(minimum, KINDS.get(m.group(2).toLowerCase(java.util.Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    /** Whether every participating organisation of the kind (null: every one) had at least the minimum attend. */
    public boolean metBy(Map<Long, Integer> attendedByOrganisation, Map<Long, OrganisationKind> kinds) {
        return attendedByOrganisation.entrySet().stream()
                .filter(e -> kind == null || kind == kinds.get(e.getKey()))
                .allMatch(e -> e.getValue() >= minimum);
    }
}
