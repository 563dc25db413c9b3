package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.meeting.MeetingAttendances.ProjectAttendance;
import org.springframework.modulith.NamedInterface;

/** Attendance per organisation over a project's meetings so far, for those who follow the project. */
@NamedInterface("ui")
public class AttendanceOverview extends Div {

    final Grid<ProjectAttendance> grid = new Grid<>();

    public AttendanceOverview(MeetingAttendances attendances, long projectId) {
        addClassName("attendance-overview");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ProjectAttendance::organisation).setHeader(getTranslation("evaluation.organisation")).setAutoWidth(true);
        grid.addColumn(ProjectAttendance::meetingsInvited).setHeader(getTranslation("meeting.meetingsInvited"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ProjectAttendance::meetingsAttended).setHeader(getTranslation("meeting.meetingsAttended"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ProjectAttendance::attendances).setHeader(getTranslation("meeting.peopleAttended"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(attendances.byOrganisation(projectId));
        add(grid);
    }
}
