package app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {
    @Id
    private Long id;

    private String body;

    private Integer rank;

    private java.time.LocalDate due;
}
