package dk.modningsportal.maturation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaturationRepository extends JpaRepository<Workshop, Long> {

    @Query("select w from Workshop w where w.id = :id")
    Optional<Workshop> findWithDetails(long id);

    @Query("select w from Workshop w where w.projectId = :projectId order by w.heldOn desc, w.id desc")
    List<Workshop> findByProject(long projectId);

    Optional<Workshop> findByPlanActivityId(long planActivityId);

    @Query("select max(w.heldOn) from Workshop w where w.projectId = :projectId and w.heldOn <= :day")
    Optional<java.time.LocalDate> findLastHeldOnOrBefore(long projectId, java.time.LocalDate day);

    @Query("select max(w.heldOn) from Workshop w where w.projectId = :projectId and w.heldOn < :heldOn")
    Optional<java.time.LocalDate> findPreviousHeldOn(long projectId, java.time.LocalDate heldOn);

    @Query("select t from WorkshopTheme t where t.workshop.id = :workshopId order by t.sortOrder")
    List<WorkshopTheme> findThemes(long workshopId);

    @Query("select t from WorkshopTheme t join fetch t.workshop w where t.id = :id")
    Optional<WorkshopTheme> findTheme(long id);

    @Query("select i from WorkshopItem i left join fetch i.theme where i.workshop.id = :workshopId")
    List<WorkshopItem> findItems(long workshopId);

    @Query("select i from WorkshopItem i where i.workshop.id = :workshopId and i.noteId = :noteId")
    Optional<WorkshopItem> findNoteItem(long workshopId, long noteId);

    @Query("select i from WorkshopItem i where i.workshop.id = :workshopId and i.trialActionId = :trialActionId")
    Optional<WorkshopItem> findTrialActionItem(long workshopId, long trialActionId);

    @Query("select i from WorkshopItem i where i.theme.id in :themeIds")
    List<WorkshopItem> findItemsOfThemes(List<Long> themeIds);

    @Query("select d from MaturationDecision d join fetch d.theme th join fetch th.workshop "
            + "where d.targetVersionId = :versionId order by d.decidedAt")
    List<MaturationDecision> findDecisionsFor(long versionId);

    @Query("select d from MaturationDecision d join fetch d.theme th join fetch th.workshop w "
            + "where w.projectId = :projectId order by d.decidedAt")
    List<MaturationDecision> findDecisionsOfProject(long projectId);

    @Query("select d from MaturationDecision d where d.theme.id in :themeIds order by d.decidedAt")
    List<MaturationDecision> findDecisionsOfThemes(List<Long> themeIds);

    @Query("select d from MaturationDecision d "
            + "where d.theme.id in (select i.theme.id from WorkshopItem i where i.noteId = :noteId) order by d.decidedAt")
    List<MaturationDecision> findDecisionsMotivatedByNote(long noteId);
}
