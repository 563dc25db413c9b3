package dk.modningsportal.security;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.Languages;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Reads a list of people to invite as Excel writes it ("CSV UTF-8": {@code ;} between fields, with or without
 * a byte-order mark): name; e-mail; role; organisation. The role is its Danish or English name; the
 * organisation its name (a project leader may leave it empty: their own). Nothing is created here: each
 * row comes back with its problems for the preview, and only a list without problems is invited.
 */
@Service
public class BulkInvitations {


    public static final int MAX_ROWS = 500;

    public record PreviewRow(int line, AccountAdministration.Invitation invitation, String name, String email,
            String role, String organisation, Map<String, String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final AccountAdministration administration;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;

    BulkInvitations(AccountAdministration administration, OrganisationService organisations, CurrentUser currentUser,
            I18NProvider i18n) {
        this.administration = administration;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    public List<PreviewRow> preview(InputStream csv) throws IOException {
        List<OrganisationRef> known = organisations.active();
        PortalUser user = currentUser.require();
        List<PreviewRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = withoutBom(csv)) {
            for (CSVRecord record : CSVFormat.EXCEL.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true)
                    .get().parse(reader)) {
                String name = field(record, 0);
                String email = field(record, 1);
                String role = field(record, 2);
                String organisation = field(record, 3);
                if (rows.isEmpty() && record.getRecordNumber() == 1 && isHeader(name, email)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    rows.add(new PreviewRow((int) record.getRecordNumber(), null, name, email, role, organisation,
                            Map.of("form", "validation.tooManyRows")));
                    break;
                }
                Map<String, String> problems = new LinkedHashMap<>();
                Role parsedRole = parseRole(role).orElse(null);
                if (parsedRole == null) {
                    problems.put("role", role.isEmpty() ? "validation.required" : "validation.unknownRole");
                }
                Long organisationId = organisation.isEmpty() && user.role() == Role.PROJECT_LEADER
                        ? Long.valueOf(user.organisationId())
                        : known.stream().filter(o -> o.name().equalsIgnoreCase(organisation)).map(OrganisationRef::id)
                                .findFirst().orElse(null);
                if (organisationId == null) {
                    problems.put("organisation", organisation.isEmpty() ? "validation.required" : "validation.unknownOrganisation");
                }
                AccountAdministration.Invitation invitation = new AccountAdministration.Invitation(name, email,
                        parsedRole == null ? Role.TEAM_MEMBER : parsedRole, organisationId);
                if (problems.isEmpty()) {
                    try {
                        problems.putAll(administration.problems(invitation));
                    } catch (dk.modningsportal.base.AccessRefusedException refused) {
                        problems.put("role", "validation.roleNotYours");
                    }
                }
                if (!email.isEmpty() && !seen.add(email.toLowerCase(Locale.ROOT))) {
                    problems.put("email", "validation.emailTwice");
                }
                rows.add(new PreviewRow((int) record.getRecordNumber(), invitation, name, email, role, organisation,
                        problems));
            }
        }
        return rows;
    }

    private boolean isHeader(String name, String email) {
        String lower = (name + " " + email).toLowerCase(Locale.ROOT);
        return !email.contains("@") && (lower.contains("navn") || lower.contains("name") || lower.contains("mail"));
    }

    private Optional<Role> parseRole(String text) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(text)
                    || label(role, Languages.DANISH).equalsIgnoreCase(text)
                    || label(role, Languages.ENGLISH).equalsIgnoreCase(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private String label(Role role, Locale locale) {
        return i18n.getTranslation("enum.Role." + role.name(), locale);
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
