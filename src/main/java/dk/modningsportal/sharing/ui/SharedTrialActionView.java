package dk.modningsportal.sharing.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.comment.ui.CommentThread;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.trialaction.SharedTrialAction;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import jakarta.annotation.security.PermitAll;

/**
 * A trial action another organisation has shared: what it tried, how it went, what the team learned and decided.
 * Its own team is sent on to it in their workspace.
 */
@Route(TrialActionRoutes.SHARED_TRIAL_ACTION)
@PermitAll
class SharedTrialActionView extends SharedItemPage implements BeforeEnterObserver, HasDynamicTitle {

    private final TrialActionService trialActions;
    private final CommentService comments;
    private final ChangeBus bus;
    private String title = "";

    SharedTrialActionView(TrialActionService trialActions, CommentService comments, ChangeBus bus) {
        this.trialActions = trialActions;
        this.comments = comments;
        this.bus = bus;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long trialActionId = RouteIds.id(event, TrialActionRoutes.SHARED_ITEM_ID, "error.trialActionRefused");
        SharedTrialAction action = trialActions.shared(trialActionId);
        if (action.own()) {
            event.forwardTo(TrialActionRoutes.trialAction(trialActionId));
            return;
        }
        title = action.title();
        removeAll();
        header(action.projectId(), action.organisationName(), getTranslation("across.kind.trialAction"),
                action.title(), action.sharing());
        facts(fact(Formats.label(action.status())),
                fact(getTranslation("across.period", Formats.date(action.startDate()), Formats.date(action.endDate()))),
                fact(getTranslation("across.version", action.versionLabel())),
                fact(String.join(", ", action.coreElementNames())));
        section(getTranslation("trialAction.goal"), action.goal());
        section(getTranslation("trialAction.plannedActivity"), action.plannedActivity());
        section(getTranslation("trialAction.outcome"), action.outcome());
        section(getTranslation("trialAction.learning"), action.learning());
        section(getTranslation("trialAction.decision"), action.decision() == null ? null : Formats.label(action.decision()));
        section(getTranslation("trialAction.nextStep"), action.nextStep());
        add(new CommentThread(comments, bus, CommentTarget.trialAction(trialActionId), action.workspaceId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("across.kind.trialAction") + ": " + title;
    }
}
