package no.fagflyt.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A strict reader of iCalendar (RFC 5545) for tests, written because no parser library is available: it
 * fails on a bare LF, a physical line over 75 octets, an unbalanced BEGIN/END, a content line without a
 * colon, a component missing its required properties, or a UID used twice, and it unfolds and unescapes so
 * tests can read values as a client would.
 */
public final class ICalendarParser {

    private ICalendarParser() {
    }

    public record Property(String name, Map<String, String> parameters, String value) {

        /** The value with TEXT escapes undone. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length()) {
                    char next = value.charAt(++i);
                    out.append(next == 'n' || next == 'N' ? '\n' : next);
                }
                else {
                    out.append(c);
                }
            }
            return out.toString();
        }

    }

    public record Component(String name, List<Property> properties, List<Component> children) {

        public Optional<Property> property(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
        }

        public String value(String propertyName) {
            return property(propertyName)
                .orElseThrow(() -> new AssertionError(name + " has no " + propertyName + ": " + properties))
                .value();
        }

        public String text(String propertyName) {
            return property(propertyName).orElseThrow(() -> new AssertionError(name + " has no " + propertyName))
                .text();
        }

        public List<Component> children(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }

        public List<Component> events() {
            return children("VEVENT");
        }

        public Component event(String uid) {
            return events().stream()
                .filter(event -> event.value("UID").equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " among "
                        + events().stream().map(e -> e.value("UID")).toList()));
        }

        public boolean hasEvent(String uid) {
            return events().stream().anyMatch(event -> event.value("UID").equals(uid));
        }

    }

    public static Component parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("The last line does not end with CRLF");
        }
        List<String> logical = new ArrayList<>();
        for (String physical : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            if (physical.indexOf('\n') >= 0 || physical.indexOf('\r') >= 0) {
                throw new AssertionError("Bare line break in: " + physical);
            }
            if (physical.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("Line longer than 75 octets: " + physical);
            }
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("Continuation before the first line");
                }
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + physical.substring(1));
            }
            else {
                logical.add(physical);
            }
        }
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            Property property = property(line);
            if (property.name().equals("BEGIN")) {
                Component component = new Component(property.value(), new ArrayList<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    if (root != null) {
                        throw new AssertionError("Content after the calendar");
                    }
                    root = component;
                }
                else {
                    open.peek().children().add(component);
                }
                open.push(component);
            }
            else if (property.name().equals("END")) {
                if (open.isEmpty() || !open.pop().name().equals(property.value())) {
                    throw new AssertionError("Unbalanced END:" + property.value());
                }
            }
            else {
                if (open.isEmpty()) {
                    throw new AssertionError("Property outside a component: " + line);
                }
                open.peek().properties().add(property);
            }
        }
        if (root == null || !open.isEmpty() || !root.name().equals("VCALENDAR")) {
            throw new AssertionError("Not one complete VCALENDAR");
        }
        validate(root);
        return root;
    }

    private static Property property(String line) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            throw new AssertionError("No name and value in: " + line);
        }
        String[] head = line.substring(0, colon).split(";");
        if (!head[0].matches("[A-Z0-9-]+")) {
            throw new AssertionError("Bad property name in: " + line);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            String[] pair = head[i].split("=", 2);
            if (pair.length != 2) {
                throw new AssertionError("Bad parameter in: " + line);
            }
            parameters.put(pair[0], pair[1]);
        }
        return new Property(head[0], parameters, line.substring(colon + 1));
    }

    private static void validate(Component calendar) {
        calendar.value("VERSION");
        calendar.value("PRODID");
        Set<String> uids = new HashSet<>();
        for (Component event : calendar.events()) {
            if (!uids.add(event.value("UID"))) {
                throw new AssertionError("UID used twice: " + event.value("UID"));
            }
            if (!event.value("DTSTAMP").matches("\\d{8}T\\d{6}Z")) {
                throw new AssertionError("DTSTAMP not in UTC: " + event.value("DTSTAMP"));
            }
            for (String time : List.of("DTSTART", "DTEND")) {
                Property property = event.property(time).orElseThrow(() -> new AssertionError("No " + time));
                String pattern = "DATE".equals(property.parameters().get("VALUE")) ? "\\d{8}" : "\\d{8}T\\d{6}Z";
                if (!property.value().matches(pattern)) {
                    throw new AssertionError(time + " malformed: " + property);
                }
            }
            for (Component alarm : event.children("VALARM")) {
                if (!alarm.value("TRIGGER").matches("-?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)")) {
                    throw new AssertionError("Bad TRIGGER: " + alarm.value("TRIGGER"));
                }
                if (alarm.value("ACTION").equals("DISPLAY")) {
                    alarm.value("DESCRIPTION");
                }
            }
        }
    }

}
