package dk.modningsportal.evaluation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A questionnaire the evaluator runs in their own survey tool (SurveyXact, REDCap …): the portal keeps its
 * title, who answers, its address and when it is open, so that organisations pass it on. No answer is stored.
 */
@Entity
@Table(name = "evaluation_questionnaire")
public class Questionnaire extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int ADDRESS_MAX = 500;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondents", nullable = false)
    private Respondents respondents;

    /** The survey tool's address: a link, never answers. */
    @Column(name = "address", nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Questionnaire() {
    }

    Questionnaire(long projectId, String title, Respondents respondents, String address, LocalDate opensOn,
            LocalDate closesOn, long createdById, Instant createdAt) {
        this.projectId = projectId;
        this.title = Objects.requireNonNull(title);
        this.respondents = Objects.requireNonNull(respondents);
        this.address = Objects.requireNonNull(address);
        this.opensOn = Objects.requireNonNull(opensOn);
        this.closesOn = Objects.requireNonNull(closesOn);
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public Respondents getRespondents() {
        return respondents;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
