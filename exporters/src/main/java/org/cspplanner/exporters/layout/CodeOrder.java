package org.cspplanner.exporters.layout;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders action codes as people read them: 1.2 before 1.10, ASB2 before ASB10. */
final class CodeOrder implements Comparator<String> {

    static final CodeOrder INSTANCE = new CodeOrder();
    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        Matcher ma = PART.matcher(a);
        Matcher mb = PART.matcher(b);
        while (ma.find() && mb.find()) {
            String pa = ma.group();
            String pb = mb.group();
            boolean na = Character.isDigit(pa.charAt(0));
            boolean nb = Character.isDigit(pb.charAt(0));
            int c = na && nb ? new java.math.BigInteger(pa).compareTo(new java.math.BigInteger(pb))
                    : pa.compareToIgnoreCase(pb);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
