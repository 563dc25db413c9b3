package dk.modningsportal.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One entity, so that JPA and Hibernate start as they do for the portal. */
@Entity
public class Note {

    @Id
    @GeneratedValue
    private Long id;

    private String summary;

    protected Note() {
    }

    public Note(String summary) {
        this.summary = summary;
    }

    public String getSummary() {
        return summary;
    }
}
