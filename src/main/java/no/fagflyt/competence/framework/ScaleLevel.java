package no.fagflyt.competence.framework;

import org.springframework.data.relational.core.mapping.Table;

/** One step of a version's proficiency scale, e.g. 3 "Selvstendig" with what that means in practice. */
@Table("scale_level")
public record ScaleLevel(int levelNo, String name, String descriptor) {
}
