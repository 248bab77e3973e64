package dev.steward.domain.aiact;

/** The situations of EU AI Act Art. 50 that bring transparency obligations, whatever the risk tier. */
public enum TransparencyCase {
    INTERACTS_WITH_PERSONS("Art. 50(1)", "It interacts directly with natural persons (chat, voice, e-mail replies)"),
    GENERATES_SYNTHETIC_CONTENT("Art. 50(2)", "It generates synthetic audio, image, video or text"),
    EMOTION_OR_BIOMETRIC_CATEGORISATION("Art. 50(3)", "It recognises emotions or categorises people by biometric data"),
    DEEP_FAKE_OR_PUBLIC_INTEREST_TEXT("Art. 50(4)", "It produces deep fakes, or publishes text on matters of public interest");

    private final String ref;
    private final String question;

    TransparencyCase(String ref, String question) {
        this.ref = ref;
        this.question = question;
    }

    public String ref() {
        return ref;
    }

    public String question() {
        return question;
    }
}
