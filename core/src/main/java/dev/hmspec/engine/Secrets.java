package dev.hmspec.engine;

import java.util.regex.Pattern;

/** Keeps passwords out of messages, traces and logs. */
public final class Secrets {
    private Secrets() {}

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

    /** A URL as it may be shown: password parameters and user:password@ replaced by ***. */
    public static String redactUrl(String url) {
        String u = URL_PASSWORD.matcher(url).replaceAll("$1=***");
        return USER_INFO.matcher(u).replaceAll("//$1:***@");
    }

    /** {@code text} with every occurrence of {@code password} (when given) replaced by ***. */
    public static String redact(String text, String password) {
        String t = text == null ? "" : text;
        if (password != null && !password.isEmpty()) t = t.replace(password, "***");
        return redactUrl(t);
    }
}
