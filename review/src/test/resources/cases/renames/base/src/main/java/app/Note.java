package app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {
    @Id
    private Long id;

    private String text;

    private Integer priority;
}
