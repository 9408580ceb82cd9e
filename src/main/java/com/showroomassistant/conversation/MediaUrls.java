package com.showroomassistant.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's own media URLs ("…/media/{tenant}/{sha1}.jpg") found in stored message fields. */
final class MediaUrls {

    private static final Pattern OWN =
            Pattern.compile("https?://[^\\s\"']+/media/\\d+/[0-9a-f]{40}\\.(?:jpg|png|webp|gif)");

    private MediaUrls() {}

    static List<String> in(List<String> texts) {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = OWN.matcher(text);
            while (m.find()) {
                urls.add(m.group());
            }
        }
        return List.copyOf(urls);
    }
}
