package dk.modningsportal.meeting;

import dk.modningsportal.plan.PlanActivityKind;
import java.util.List;

/** The usual agenda of each kind of meeting, as the seeds describe them; organisers adjust it. */
final class AgendaTemplates {

    record Item(String title, String owner, int minutes) {
    }

    private AgendaTemplates() {
    }

    static List<Item> of(PlanActivityKind kind) {
        return switch (kind) {
            case DIALOGUE_MEETING -> List.of(
                    new Item("Velkomst og dagsorden", "Socialstyrelsen", 5),
                    new Item("Status på implementeringen siden sidst", "Projektleder", 20),
                    new Item("Prøvehandlinger: erfaringer og næste skridt", "Implementeringsteamet", 30),
                    new Item("Implementeringsforudsætninger og behov for støtte", "Socialstyrelsen", 20),
                    new Item("Aftaler og næste møde", "Socialstyrelsen", 10));
            case DEVELOPMENT_MEETING -> List.of(
                    new Item("Velkomst og dagsorden", "Socialstyrelsen", 10),
                    new Item("Nyt fra projektet og evalueringen", "Socialstyrelsen og evaluator", 20),
                    new Item("Erfaringsudveksling på tværs", "Organisationerne", 60),
                    new Item("Tema og kompetenceudvikling", "Socialstyrelsen", 45),
                    new Item("Beslutninger og opfølgning", "Socialstyrelsen", 15));
            case PROJECT_LEADER_NETWORK -> List.of(
                    new Item("Runde: status fra hver organisation", "Projektlederne", 25),
                    new Item("Sparring på et aktuelt spørgsmål", "Socialstyrelsen", 25),
                    new Item("Næste skridt og næste møde", "Socialstyrelsen", 10));
            case MATURATION_WORKSHOP -> List.of(
                    new Item("Velkomst og rammen for modningsarbejdet", "Socialstyrelsen", 15),
                    new Item("Erfaringerne pr. kerneelement", "Organisationerne", 90),
                    new Item("Forslag til ændringer af indsatsbeskrivelsen", "Alle", 90),
                    new Item("Beslutninger om den næste version", "Socialstyrelsen", 45),
                    new Item("Afrunding og den næste afprøvningsrunde", "Socialstyrelsen", 15));
            case REFLECTION_MEETING -> List.of(
                    new Item("Velkomst", "Socialstyrelsen", 10),
                    new Item("Præsentation af de lokale prøvehandlinger", "Organisationerne", 90),
                    new Item("Sparring på tværs", "Alle", 60),
                    new Item("Læring og de næste prøvehandlinger", "Organisationerne", 30));
            default -> List.of(
                    new Item("Velkomst og dagsorden", "Mødeleder", 5),
                    new Item("Status", "Projektleder", 20),
                    new Item("Aftaler og næste skridt", "Mødeleder", 10));
        };
    }
}
