package no.fagflyt.council.experience;

/**
 * A note or a topic: material a member brought to the group. Its author, the group's leader or secretary, and
 * the administrator may change it; once a meeting has taken it up ({@link #isUsed()}) it is no longer deleted.
 */
public sealed interface GroupMaterial permits ExperienceNote, Topic {

    long id();

    long bodyId();

    String title();

    /** The member who wrote the note or proposed the topic. */
    long authorPersonId();

    /** Counts the saved edits, so an edit begun on an older version is refused instead of overwriting. */
    int version();

    boolean isUsed();

}
