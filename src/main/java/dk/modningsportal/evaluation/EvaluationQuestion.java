package dk.modningsportal.evaluation;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the questions a project's evaluation answers (seed 002 has four). */
@Entity
@Table(name = "evaluation_question")
class EvaluationQuestion extends AbstractEntity {

    static final int TEXT_MAX = 1000;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected EvaluationQuestion() {
    }

    EvaluationQuestion(long projectId, int sortOrder, String text) {
        this.projectId = projectId;
        this.sortOrder = sortOrder;
        this.text = text;
    }

    long getProjectId() {
        return projectId;
    }

    String getText() {
        return text;
    }
}
