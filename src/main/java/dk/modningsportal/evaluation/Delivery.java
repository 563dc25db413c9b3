package dk.modningsportal.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** That an organisation delivered one occurrence of a data-collection item the portal cannot see for itself. */
@Entity
@Table(name = "evaluation_delivery")
class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "delivered_by_id", nullable = false)
    private long deliveredById;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    protected Delivery() {
    }

    Delivery(long itemId, long workspaceId, LocalDate periodStart, long deliveredById, Instant deliveredAt) {
        this.itemId = itemId;
        this.workspaceId = workspaceId;
        this.periodStart = periodStart;
        this.deliveredById = deliveredById;
        this.deliveredAt = deliveredAt;
    }

    long getItemId() {
        return itemId;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    long getDeliveredById() {
        return deliveredById;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }
}
