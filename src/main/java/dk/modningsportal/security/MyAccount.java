package dk.modningsportal.security;

import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.PersonalData;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account: name, address, language, password, and a copy of their data. */
@Service
@Transactional(readOnly = true)
public class MyAccount {

    public record Profile(long version, String username, String displayName, String email, String language,
            String organisationName, Role role) {
    }

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final List<PersonalData> personalData;
    private final OrganisationService organisations;
    private final UserDirectory directory;

    MyAccount(UserAccountRepository accounts, CurrentUser currentUser, PasswordPolicy policy, PasswordEncoder encoder,
            ApplicationEventPublisher events, List<PersonalData> personalData, OrganisationService organisations,
            UserDirectory directory) {
        this.organisations = organisations;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.personalData = personalData;
    }

    public Profile profile() {
        UserAccount me = me();
        return new Profile(me.getVersion(), me.getUsername(), me.getDisplayName(), me.getEmail(), me.getLanguage(),
                organisations.nameOf(me.getOrganisationId()), me.getRole());
    }

    @Transactional
    public void update(long expectedVersion, String displayName, String email, String language) {
        UserAccount me = me();
        if (me.getVersion() != expectedVersion) {
            throw new ValidationFailedException(Map.of("form", "validation.staleEdit"));
        }
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "displayName", displayName, true, UserAccount.NAME_MAX);
        String address = TextRules.trimToNull(email);
        if (address == null) {
            errors.put("email", TextRules.REQUIRED);
        } else if (address.length() > UserAccount.EMAIL_MAX || !AccountAdministration.EMAIL.matcher(address).matches()) {
            errors.put("email", "validation.email");
        } else if (!address.equalsIgnoreCase(me.getEmail()) && accounts.existsByAddress(address)) {
            errors.put("email", "validation.emailTaken");
        }
        TextRules.throwIfAny(errors);
        String before = me.getDisplayName() + " <" + me.getEmail() + ">";
        me.describe(displayName.strip(), address.toLowerCase(Locale.ROOT));
        directory.forgetName(me.getId());
        me.setLanguage("en".equals(language) ? "en" : "da");
        events.publishEvent(Audited.of(AuditAction.ACCOUNT_UPDATED, Audited.ACCOUNT, me.getId(), me.getUsername(),
                me.getOrganisationId()).change(before, me.getDisplayName() + " <" + me.getEmail() + ">"));
    }

    /** Remembers the language chosen in the menu for the next sign-in. */
    @Transactional
    public void chooseLanguage(String language) {
        currentUser.get().ifPresent(user -> accounts.findById(user.id())
                .ifPresent(me -> me.setLanguage("en".equals(language) ? "en" : "da")));
    }

    @Transactional
    public void changePassword(String current, String password, String repeated) {
        UserAccount me = me();
        if (current == null || !me.hasPassword() || !encoder.matches(current, me.getPasswordHash())) {
            throw new ValidationFailedException(Map.of("current", "validation.currentPasswordWrong"));
        }
        policy.problem(password, me).ifPresent(key -> {
            throw new ValidationFailedException(Map.of("password", key));
        });
        if (!password.equals(repeated)) {
            throw new ValidationFailedException(Map.of("repeated", "validation.passwordsDiffer"));
        }
        me.setPasswordHash(encoder.encode(password));
        events.publishEvent(Audited.of(AuditAction.PASSWORD_CHANGED, Audited.ACCOUNT, me.getId(), me.getUsername(),
                me.getOrganisationId()));
    }

    /** Everything the portal holds that this person wrote or that is about them, as a workbook (GDPR art. 15/20). */
    @Transactional
    public byte[] exportPersonalData() {
        UserAccount me = me();
        List<PersonalData.Sheet> sheets = new ArrayList<>();
        sheets.add(new PersonalData.Sheet("konto", List.of("brugernavn", "navn", "e-mail", "rolle", "organisation", "sprog"),
                List.of(List.of(me.getUsername(), me.getDisplayName(), String.valueOf(me.getEmail()), me.getRole().name(),
                        organisations.nameOf(me.getOrganisationId()), String.valueOf(me.getLanguage())))));
        personalData.forEach(contributor -> sheets.addAll(contributor.of(me.getId())));
        events.publishEvent(Audited.of(AuditAction.PERSONAL_DATA_EXPORTED, Audited.ACCOUNT, me.getId(), me.getUsername(),
                me.getOrganisationId()));
        return workbook(sheets);
    }

    private static byte[] workbook(List<PersonalData.Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PersonalData.Sheet data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < data.headers().size(); c++) {
                    header.createCell(c).setCellValue(data.headers().get(c));
                }
                int r = 1;
                for (List<String> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserAccount me() {
        return accounts.findById(currentUser.require().id()).orElseThrow();
    }
}
