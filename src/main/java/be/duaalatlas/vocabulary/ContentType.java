package be.duaalatlas.vocabulary;

/** The two kinds of editorial text, sharing the {@code content} index. */
public enum ContentType {

	/** A key message of the communication strategy (Actions 18, 18.1). */
	KEY_MESSAGE,

	/** A sector's good practice (Action 17). */
	GOOD_PRACTICE

}
