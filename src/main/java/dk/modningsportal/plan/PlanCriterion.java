package dk.modningsportal.plan;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A success criterion of an activity, ticked off afterwards by who saw it met. */
@Entity
@Table(name = "plan_criterion")
public class PlanCriterion extends AbstractEntity {

    static final int TEXT_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private PlanActivity activity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "met", nullable = false)
    private boolean met;

    @Column(name = "met_by", length = 200)
    private String metBy;

    @Column(name = "met_at")
    private Instant metAt;

    protected PlanCriterion() {
    }

    PlanCriterion(PlanActivity activity, int sortOrder, String text) {
        this.activity = activity;
        this.sortOrder = sortOrder;
        this.text = text;
    }

    void tick(boolean nowMet, String by, Instant at) {
        met = nowMet;
        metBy = nowMet ? by : null;
        metAt = nowMet ? at : null;
    }

    public PlanActivity getActivity() {
        return activity;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getText() {
        return text;
    }

    public boolean isMet() {
        return met;
    }

    public String getMetBy() {
        return metBy;
    }

    public Instant getMetAt() {
        return metAt;
    }
}
