package dk.modningsportal.evaluation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A project's hourly rate per role, for turning hours into kroner in the cost estimate. */
@Entity
@Table(name = "evaluation_cost_terms")
class CostTerms extends AbstractEntity {

    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;

    @ElementCollection
    @CollectionTable(name = "evaluation_hourly_rate", joinColumns = @JoinColumn(name = "cost_terms_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "staff_role")
    @Column(name = "kroner", precision = 10, scale = 2)
    private Map<StaffRole, BigDecimal> rates = new EnumMap<>(StaffRole.class);

    protected CostTerms() {
    }

    CostTerms(long projectId) {
        this.projectId = projectId;
    }

    void setRates(Map<StaffRole, BigDecimal> newRates) {
        rates.clear();
        rates.putAll(newRates);
    }

    Map<StaffRole, BigDecimal> getRates() {
        return rates;
    }
}
