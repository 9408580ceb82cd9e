package com.showroomassistant.intent;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Holds the start until the classifier's models are trained (they train on a thread of their own while the other
 * beans are wired), so the server never answers with them untrained and no customer message waits for them. Kept
 * out of IntentClassifier, which the bench loads without Spring on the classpath.
 */
@Component
class ClassifierTraining implements SmartInitializingSingleton {

    private final IntentClassifier classifier;

    ClassifierTraining(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public void afterSingletonsInstantiated() {
        classifier.awaitTraining();
    }
}
