package dk.modningsportal.dashboard;

import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultants' progress scores of each organisation (0–5 in half steps), with their history. */
@Service
@Transactional(readOnly = true)
public class ProgressScores {

    public record ScoreEntry(BigDecimal score, String note, String scoredBy, Instant scoredAt) {
    }

    private final ProgressScoreRepository scores;
    private final DashboardService dashboards;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final Clock clock;

    ProgressScores(ProgressScoreRepository scores, DashboardService dashboards, WorkspaceAccess workspaceAccess,
            CurrentUser currentUser, UserDirectory userDirectory, Clock clock) {
        this.scores = scores;
        this.dashboards = dashboards;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.clock = clock;
    }

    /** Records a progress score for an organisation; consultants of the project only. */
    @Transactional
    public void setScore(long workspaceId, BigDecimal score, String note) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        workspaceAccess.requireConsultantOfOpen(workspace.projectId());
        if (score == null || !ProgressScale.VALUES.contains(score.setScale(1))) {
            throw new ValidationFailedException(Map.of("score", "progress.invalid"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "note", note, false, ProgressScore.NOTE_MAX);
        TextRules.throwIfAny(errors);
        scores.save(new ProgressScore(workspace.id(), score.setScale(1), TextRules.trimToNull(note),
                currentUser.require().id(), clock.instant()));
    }

    /** A workspace's scores, newest first, for those who may see its dashboard row. */
    public List<ScoreEntry> scoreHistory(long workspaceId) {
        WorkspaceFacts workspace = workspaceAccess.requireReadable(workspaceId);
        dashboards.requireDashboard(currentUser.require(), workspace.projectId());
        List<ProgressScore> found = scores.findByWorkspace(workspaceId);
        Map<Long, String> names = userDirectory.displayNamesOf(
                found.stream().map(ProgressScore::getScoredById).collect(Collectors.toSet()));
        return found.stream().map(s -> new ScoreEntry(s.getScore(), s.getNote(),
                names.getOrDefault(s.getScoredById(), "?"), s.getScoredAt())).toList();
    }

    /** Whether the current user may set progress scores in this project. */
    public boolean canScore(long projectId) {
        return workspaceAccess.isConsultantOf(projectId);
    }
}
