package dk.modningsportal.note;

import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;

/** An experience note as a form edits it; {@link #getVersion()} guards against silent overwrites. */
public class NoteInput {

    public static final String SUMMARY = "summary";
    public static final String DETAILS = "details";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String CORE_ELEMENT = "coreElement";
    public static final String INTERVENTION_VERSION = "interventionVersion";
    public static final String TRIAL_ACTION = "trialAction";

    private Long id;
    private long version;
    private long workspaceId;
    private String summary;
    private String details;
    private NoteKind kind;
    private NoteSource source = NoteSource.DAILY_PRACTICE;
    private CoreElementRef coreElement;
    private VersionRef interventionVersion;
    private TrialActionRef trialAction;
    private String authorName;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    void setWorkspaceId(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public NoteKind getKind() {
        return kind;
    }

    public void setKind(NoteKind kind) {
        this.kind = kind;
    }

    public NoteSource getSource() {
        return source;
    }

    public void setSource(NoteSource source) {
        this.source = source;
    }

    public CoreElementRef getCoreElement() {
        return coreElement;
    }

    public void setCoreElement(CoreElementRef coreElement) {
        this.coreElement = coreElement;
    }

    public VersionRef getInterventionVersion() {
        return interventionVersion;
    }

    public void setInterventionVersion(VersionRef interventionVersion) {
        this.interventionVersion = interventionVersion;
    }

    public TrialActionRef getTrialAction() {
        return trialAction;
    }

    public void setTrialAction(TrialActionRef trialAction) {
        this.trialAction = trialAction;
    }

    public String getAuthorName() {
        return authorName;
    }

    void setAuthorName(String authorName) {
        this.authorName = authorName;
    }
}
