package no.fagflyt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends hostile typed values to every form of the application: every POST handler and every GET handler
 * that reads query parameters or a form record, found from the controllers, so a new form is covered
 * without editing this test. Each value is wrong for its type (an impossible date, text in a number field,
 * an unknown enum value or id, a year no calendar reaches, control characters in text), and the answer
 * must be the form again with a visible Norwegian message, a redirect, or a Norwegian 4xx page: never a
 * server error and never a page cut off mid-render.
 */
@IntegrationTest
class HostileInputTests {

    private static final List<String> USERS = List.of("admin", "radsleder", "ansatt");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** What a request sends: a kind of wrongness per value type. */
    enum Round {

        /** Impossible dates and times, text in number fields, unknown enum values. */
        MALFORMED,

        /** Numbers beyond every type, years no date arithmetic reaches. */
        OVERSIZED,

        /** Well-formed values that name nothing: ids and years that do not exist, a date in the wrong pattern. */
        UNKNOWN,

        /** A NUL byte and other control characters in every text. */
        CONTROL,

        /** Path ids that are not numbers or do not exist. */
        PATH

    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFormAnswersHostileValuesWithTheFormOrARefusal() throws Exception {
        Map<String, String> ids = realIds();
        List<Form> forms = forms();
        assertThat(forms).as("forms found from the controllers").hasSizeGreaterThan(40);
        List<String> broken = new ArrayList<>();
        int sent = 0;
        for (String username : USERS) {
            CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
            for (Form form : forms) {
                for (Round round : Round.values()) {
                    AbstractMockHttpServletRequestBuilder<?> request = form.request(round, ids);
                    if (request == null) {
                        continue;
                    }
                    sent++;
                    String problem = problem(form, round, request.with(user(user)).with(csrf()));
                    if (problem != null) {
                        broken.add(username + " " + round + " " + form.method() + " " + form.pattern() + ": " + problem);
                    }
                }
            }
        }
        assertThat(broken).as("forms that broke on hostile values (" + sent + " requests)").isEmpty();
    }

    /** Null when the answer is acceptable, otherwise what was wrong with it. */
    private String problem(Form form, Round round, AbstractMockHttpServletRequestBuilder<?> request) {
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        }
        catch (Exception | AssertionError thrown) {
            Throwable cause = thrown;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return "threw " + cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            return "status " + status;
        }
        String type = result.getResponse().getContentType();
        if ((status >= 300 && status < 400) || status == 403 || (type != null && !type.startsWith("text/html"))) {
            // A redirect, a refusal of access (tested elsewhere) or a download.
            return null;
        }
        String body;
        try {
            body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        catch (Exception unreadable) {
            return "unreadable body";
        }
        if (body.isEmpty()) {
            return "bare " + status + " without a Norwegian page";
        }
        if (!body.strip().endsWith("</html>") || !body.contains("site-footer")) {
            return "page cut off (" + status + ", " + body.length() + " characters)";
        }
        if (body.contains("??")) {
            return "raw message key on the page";
        }
        String unnamed = unnamedField(result, body);
        if (unnamed != null) {
            return unnamed;
        }
        if (status >= 400) {
            // The Norwegian 400 or 404 page.
            return null;
        }
        boolean message = body.contains("error-message") || body.contains("alert--error");
        if (form.method() == RequestMethod.POST && !message) {
            return "the form came back without a visible message";
        }
        if (round == Round.CONTROL && form.hasText() && !message) {
            return "control characters accepted";
        }
        return null;
    }

    /**
     * Null when every type error the answer shows names its field or parameter by its Norwegian label,
     * otherwise the fields and parameters without one: a new field needs its {@code objectName.field}
     * key, a new request parameter its {@code param.<name>} key.
     */
    private String unnamedField(MvcResult result, String body) {
        Set<String> unnamed = new java.util.LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        if (result.getModelAndView() != null) {
            for (Object value : result.getModelAndView().getModel().values()) {
                if (value instanceof BindingResult binding) {
                    errors.addAll(binding.getFieldErrors());
                }
            }
        }
        Exception resolved = result.getResolvedException();
        if (resolved instanceof BindException binding) {
            errors.addAll(binding.getFieldErrors());
        }
        for (FieldError error : errors) {
            if (error.getCode() == null || !error.getCode().startsWith("typeMismatch")) {
                continue;
            }
            Object[] arguments = error.getArguments();
            String key = error.getObjectName() + "." + error.getField();
            if (arguments == null || arguments.length == 0
                    || !(arguments[0] instanceof MessageSourceResolvable field)) {
                unnamed.add("type error of " + key + " without the field as its first argument");
                continue;
            }
            String label = label(field.getCodes());
            if (label == null) {
                unnamed.add("no Norwegian label for the field " + key);
            }
            else if (!messages.getMessage(error, NorwegianTexts.BOKMAL).contains(label)) {
                unnamed.add("the type error of " + key + " does not name its field «" + label + "»");
            }
        }
        String parameter = resolved instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : resolved instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : null;
        if (parameter != null) {
            String label = label(new String[] { "param." + parameter });
            if (label == null) {
                unnamed.add("no Norwegian label for the parameter param." + parameter);
            }
            else if (!body.contains(label)) {
                unnamed.add("the 400 page does not name the parameter «" + label + "»");
            }
        }
        return unnamed.isEmpty() ? null : String.join("; ", unnamed);
    }

    private String label(String[] codes) {
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(codes), NorwegianTexts.BOKMAL);
        }
        catch (NoSuchMessageException missing) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    // ---- the forms, from the controllers ----

    record Field(String name, Class<?> type) {
    }

    record Form(RequestMethod method, String pattern, List<Field> fields, boolean multipart) {

        boolean hasText() {
            return fields.stream().anyMatch(field -> field.type() == String.class);
        }

        AbstractMockHttpServletRequestBuilder<?> request(Round round, Map<String, String> ids) {
            if (round != Round.PATH && fields.isEmpty()) {
                // Nothing typed to get wrong; the path ids alone are tried in their own round.
                return null;
            }
            if (round == Round.PATH && !PATH_VARIABLE.matcher(pattern).find()) {
                return null;
            }
            StringBuilder path = new StringBuilder();
            Matcher variables = PATH_VARIABLE.matcher(pattern);
            while (variables.find()) {
                String name = variables.group(1);
                String value = round == Round.PATH ? "abc" : ids.getOrDefault(name, "999999999");
                variables.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            variables.appendTail(path);
            AbstractMockHttpServletRequestBuilder<?> request;
            if (method == RequestMethod.GET) {
                request = get(path.toString());
            }
            else if (multipart) {
                request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path.toString())
                    .file(new MockMultipartFile("file", "fil.csv", "text/csv", "a;b\n1;2\n".getBytes()));
            }
            else {
                request = post(path.toString());
            }
            if (round != Round.PATH) {
                for (Field field : fields) {
                    String value = hostile(field, round);
                    if (value != null) {
                        request.param(field.name(), value);
                    }
                }
            }
            return request;
        }

        private static String hostile(Field field, Round round) {
            String[] values = hostileValues(field.type());
            return values == null ? null : values[round.ordinal()];
        }

        /** What each round sends for a value of this type, in the order of {@link Round}. */
        private static String[] hostileValues(Class<?> type) {
            Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
            if (MultipartFile.class.isAssignableFrom(type)) {
                return null;
            }
            if (type == String.class) {
                return new String[] { "30.02.2026", "99999999999999999999", "", "Prøve\u0000tekst\u0007\u001b[2J", "" };
            }
            if (type == LocalDate.class) {
                return new String[] { "30.02.2026", "31.12.999999999", "2026-02-30", "", "" };
            }
            if (type == LocalTime.class) {
                return new String[] { "25:61", "99999999999:00", "kl 10", "", "" };
            }
            if (Number.class.isAssignableFrom(boxed)) {
                return new String[] { "abc", "99999999999999999999", "999999999", "", "" };
            }
            if (type.isEnum()) {
                return new String[] { "UKJENT", "x".repeat(300), "ukjent", "", "" };
            }
            if (boxed == Boolean.class) {
                return new String[] { "kanskje", "", "kanskje", "", "" };
            }
            return new String[] { "abc", "abc", "abc", "\u0000", "" };
        }

    }

    private List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("no.fagflyt")
                    || handler.getBeanType().getSimpleName().equals("LoginController")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            List<Field> fields = new ArrayList<>();
            boolean multipart = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                Class<?> type = parameter.getParameterType();
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    continue;
                }
                if (requestParam != null) {
                    String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                    Class<?> element = elementType(ResolvableType.forMethodParameter(parameter));
                    multipart |= MultipartFile.class.isAssignableFrom(element);
                    fields.add(new Field(name, element));
                }
                else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormRecord(type)) {
                    if (type.isRecord()) {
                        for (RecordComponent component : type.getRecordComponents()) {
                            Class<?> element = elementType(ResolvableType.forType(component.getGenericType()));
                            multipart |= MultipartFile.class.isAssignableFrom(element);
                            fields.add(new Field(component.getName(), element));
                        }
                    }
                    else {
                        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                            if (property.getWriteMethod() != null) {
                                Class<?> element = elementType(ResolvableType.forMethodParameter(
                                        property.getWriteMethod(), 0));
                                multipart |= MultipartFile.class.isAssignableFrom(element);
                                fields.add(new Field(property.getName(), element));
                            }
                        }
                    }
                }
            }
            boolean post = methods.contains(RequestMethod.POST);
            if (!post && fields.isEmpty()) {
                // A plain page; CrawlTests visits those.
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                forms.add(new Form(post ? RequestMethod.POST : RequestMethod.GET, pattern, fields, multipart));
            }
        }
        return forms;
    }

    private static boolean isFormRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("no.fagflyt")
                && !CurrentUser.class.isAssignableFrom(type);
    }

    private static Class<?> elementType(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (Collection.class.isAssignableFrom(raw)) {
            return type.asCollection().getGeneric(0).toClass();
        }
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        return raw;
    }

    // ---- real ids from the demo data, so the forms get past their lookups ----

    private Map<String, String> realIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        long body = one("select min(b.id) from council_body b join council_meeting m on m.body_id = b.id");
        ids.put("bodyId", String.valueOf(body));
        ids.put("memberId", id("select min(id) from council_member where body_id = " + body));
        ids.put("meetingId", id("select min(meeting_id) from council_agenda_item i join council_meeting m "
                + "on m.id = i.meeting_id where m.body_id = " + body));
        ids.put("itemId", id("select min(id) from council_agenda_item where meeting_id = " + ids.get("meetingId")));
        ids.put("caseId", id("select min(id) from council_case where body_id = " + body));
        ids.put("actionId", id("select min(id) from council_action where body_id = " + body));
        ids.put("noteId", id("select min(id) from council_experience_note where body_id = " + body));
        ids.put("topicId", id("select min(id) from council_topic where body_id = " + body));
        ids.put("attachmentId", id("select min(id) from council_case_attachment"));
        ids.put("unitTaskId", id("select min(id) from unit_task"));
        ids.put("unitId", id("select unit_id from unit_task where id = " + ids.get("unitTaskId")));
        ids.put("requirementId", id("select min(id) from competence_requirement"));
        ids.put("assessmentId", id("select min(id) from competence_assessment"));
        ids.put("personId", id("select person_id from competence_assessment where id = " + ids.get("assessmentId")));
        ids.put("campaignId", id("select min(id) from mapping_campaign"));
        ids.put("competenceId", id("select min(id) from competence"));
        ids.put("frameworkId", id("select min(id) from competence_framework"));
        ids.put("versionId", id("select min(id) from framework_version"));
        ids.put("organisationId", id("select min(id) from organisation"));
        ids.put("accountId", id("select min(id) from account"));
        ids.put("format", "moodle");
        ids.put("token", "00000000-0000-0000-0000-000000000000");
        return ids;
    }

    private long one(String sql) {
        return jdbc.sql(sql).query((rs, n) -> rs.getObject(1) == null ? 999999999L : rs.getLong(1)).single();
    }

    private String id(String sql) {
        return String.valueOf(one(sql));
    }

}
