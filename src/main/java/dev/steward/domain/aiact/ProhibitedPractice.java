package dev.steward.domain.aiact;

/** The prohibited AI practices of EU AI Act Art. 5(1), summarised (editorial wording, not the legal text). */
public enum ProhibitedPractice {
    MANIPULATION("Art. 5(1)(a)", "Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm"),
    EXPLOITING_VULNERABILITIES("Art. 5(1)(b)", "Exploiting vulnerabilities due to age, disability or social or economic situation"),
    SOCIAL_SCORING("Art. 5(1)(c)", "Social scoring that leads to detrimental or unfavourable treatment"),
    CRIME_PREDICTION_BY_PROFILING("Art. 5(1)(d)", "Predicting criminal offences solely from profiling or personality traits"),
    FACIAL_IMAGE_SCRAPING("Art. 5(1)(e)", "Untargeted scraping of facial images to build facial recognition databases"),
    EMOTION_RECOGNITION_AT_WORK_OR_SCHOOL("Art. 5(1)(f)", "Emotion recognition in the workplace or in education (except medical or safety reasons)"),
    SENSITIVE_BIOMETRIC_CATEGORISATION("Art. 5(1)(g)", "Biometric categorisation inferring race, political opinions, union membership, religion, sex life or orientation"),
    REALTIME_REMOTE_BIOMETRIC_ID("Art. 5(1)(h)", "Real-time remote biometric identification in public spaces for law enforcement");

    private final String ref;
    private final String summary;

    ProhibitedPractice(String ref, String summary) {
        this.ref = ref;
        this.summary = summary;
    }

    public String ref() {
        return ref;
    }

    public String summary() {
        return summary;
    }
}
