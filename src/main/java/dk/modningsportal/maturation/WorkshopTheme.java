package dk.modningsportal.maturation;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A theme the consultants gather items under, with their own summary. */
@Entity
@Table(name = "workshop_theme")
public class WorkshopTheme extends TrackedEntity {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected WorkshopTheme() {
    }

    WorkshopTheme(Workshop workshop, String title, int sortOrder) {
        this.workshop = workshop;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    void rewrite(String newTitle, String newSummary) {
        this.title = newTitle;
        this.summary = newSummary;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
