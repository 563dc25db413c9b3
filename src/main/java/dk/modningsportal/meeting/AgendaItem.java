package dk.modningsportal.meeting;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One item of a meeting's agenda, with the minutes written for it and what it led to. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TrackedEntity {

    public static final int TITLE_MAX = 300;
    public static final int MINUTES_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "minutes")
    private Integer minutes;

    /** Left out of the printed agenda and minutes when the organisers choose so (e.g. staff matters). */
    @Column(name = "internal_item", nullable = false)
    private boolean internal;

    /** Proposed by a participant and not yet taken onto the agenda. */
    @Column(name = "proposed", nullable = false)
    private boolean proposed;

    @Column(name = "proposed_by", length = 200)
    private String proposedBy;

    @Column(name = "minutes_text", length = MINUTES_MAX)
    private String minutesText;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingOutcome> outcomes = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int sortOrder, String title, String ownerName, Integer minutes, boolean internal,
            String proposedBy) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        this.title = title;
        this.ownerName = ownerName;
        this.minutes = minutes;
        this.internal = internal;
        this.proposed = proposedBy != null;
        this.proposedBy = proposedBy;
    }

    void describe(String newTitle, String newOwner, Integer newMinutes, boolean isInternal) {
        title = newTitle;
        ownerName = newOwner;
        minutes = newMinutes;
        internal = isInternal;
    }

    void accept() {
        proposed = false;
    }

    void writeMinutes(String text) {
        minutesText = text;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public boolean isInternal() {
        return internal;
    }

    public boolean isProposed() {
        return proposed;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public List<MeetingOutcome> getOutcomes() {
        return outcomes;
    }
}
