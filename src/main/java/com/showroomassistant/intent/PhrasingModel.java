package com.showroomassistant.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A binarised multinomial naive Bayes over words, word pairs and letter 4-grams of the normalised text, trained at start-up
 * on the labelled customer and spam messages shipped in {@code intent/training.tsv} (intent, a tab, the text on one line;
 * IntentEvalTest keeps it equal to the labelled sets). Which labels a model learns, and what it sees of a text, are the
 * caller's: the classifier keeps one over the customer intents, asked when no rule found evidence, and one that tells
 * spam from customers, so kinds of spam no rule lists still land near spam like them.
 */
final class PhrasingModel {

    record Guess(String intent, double probability) {}

    private final List<String> labels = new ArrayList<>();
    private final double[] logPrior;
    private final Map<String, double[]> counts = new HashMap<>();
    private final double[] totals;
    private final int vocabulary;

    private PhrasingModel(List<String> texts, List<String> intents) {
        intents.stream().distinct().sorted().forEach(labels::add);
        logPrior = new double[labels.size()];
        totals = new double[labels.size()];
        for (int i = 0; i < texts.size(); i++) {
            int label = labels.indexOf(intents.get(i));
            logPrior[label]++;
            for (String f : features(texts.get(i))) {
                counts.computeIfAbsent(f, k -> new double[labels.size()])[label]++;
                totals[label]++;
            }
        }
        for (int l = 0; l < logPrior.length; l++) {
            logPrior[l] = Math.log((logPrior[l] + 1) / (texts.size() + labels.size()));
        }
        vocabulary = counts.size();
    }

    /** One line of a training file: its intent and its text, as written. */
    record Example(String intent, String text) {}

    /** The labelled lines of a training file (intent, a tab, the text), blank texts left out. */
    static List<Example> examples(String resource) {
        List<Example> out = new ArrayList<>();
        try (InputStream in = PhrasingModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("training data missing: " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String intent = tab < 0 ? "" : line.substring(0, tab);
                String text = tab < 0 ? "" : line.substring(tab + 1);
                if (!text.isBlank()) {
                    out.add(new Example(intent, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param label the label a model learns for an example's intent, or null to leave the example out
     * @param prepare what the model sees of the i-th example: the classifier's own normalisation, the same as at
     *     classify time
     */
    static PhrasingModel train(
            List<Example> examples,
            java.util.function.UnaryOperator<String> label,
            java.util.function.IntFunction<String> prepare) {
        List<String> texts = new ArrayList<>();
        List<String> intents = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String learned = label.apply(examples.get(i).intent());
            if (learned != null) {
                texts.add(prepare.apply(i));
                intents.add(learned);
            }
        }
        return new PhrasingModel(texts, intents);
    }

    Guess guess(String normalised) {
        java.util.Collection<String> features = features(normalised);
        double[] score = logPrior.clone();
        int known = 0;
        for (String f : features) {
            double[] c = counts.get(f);
            if (c != null) {
                known++;
            }
            for (int l = 0; l < score.length; l++) {
                score[l] += Math.log(((c == null ? 0 : c[l]) + 1) / (totals[l] + vocabulary));
            }
        }
        if (known == 0 || contentWordsSeen(features) < 2) {
            // too little to go on: "pesan ke-35" must not become a booking because "ke" often precedes "showroom"
            return new Guess(null, 0);
        }
        int best = 0;
        for (int l = 1; l < score.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        double sum = 0;
        for (double s : score) {
            sum += Math.exp(s - score[best]);
        }
        return new Guess(labels.get(best), 1 / sum);
    }

    /** Words of three letters or more that the training data has seen. */
    private int contentWordsSeen(java.util.Collection<String> features) {
        int seen = 0;
        for (String f : features) {
            if (f.startsWith("w:") && f.length() >= 5 && !f.contains("#") && counts.containsKey(f)) {
                seen++;
            }
        }
        return seen;
    }

    /**
     * Each feature once per message (binarised naive Bayes): a burst that repeats a word 35 times must not count
     * as 35 pieces of evidence.
     */
    private static java.util.Collection<String> features(String normalised) {
        String[] words = normalised.replaceAll("\\d+", "#").split("[^\\p{L}#]+");
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        String previous = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            out.add("w:" + w);
            if (previous != null) {
                out.add("b:" + previous + "_" + w);
            }
            String padded = "^" + w + "$";
            for (int i = 0; i + 4 <= padded.length(); i++) {
                out.add("c:" + padded.substring(i, i + 4));
            }
            previous = w;
        }
        return out;
    }
}
