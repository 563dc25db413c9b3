package dk.modningsportal.evaluation;

import dk.modningsportal.base.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How many in one organisation were asked to answer a questionnaire, and how many did: counts the evaluator enters. */
@Entity
@Table(name = "evaluation_response_count")
class ResponseCount extends TrackedEntity {

    @Column(name = "questionnaire_id", nullable = false)
    private long questionnaireId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "invited")
    private Integer invited;

    @Column(name = "responses", nullable = false)
    private int responses;

    protected ResponseCount() {
    }

    ResponseCount(long questionnaireId, long workspaceId) {
        this.questionnaireId = questionnaireId;
        this.workspaceId = workspaceId;
    }

    void count(Integer invitedCount, int responseCount) {
        this.invited = invitedCount;
        this.responses = responseCount;
    }

    long getQuestionnaireId() {
        return questionnaireId;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    Integer getInvited() {
        return invited;
    }

    int getResponses() {
        return responses;
    }
}
