package no.fagflyt.platform.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.fagflyt.platform.PlainText;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * How every form and request parameter is read, so that a value of the wrong type is an ordinary form error:
 * <ul>
 * <li>A form record whose field cannot be converted (30.02.2026 in a date, text in a number, an unknown
 * choice) is still created, with that field empty, and the field carries a {@code typeMismatch} error with
 * the value the person typed. Spring would otherwise leave the whole form out of the model, and the page
 * showing it again would break half-way.</li>
 * <li>Text with a NUL byte or another control character (tab, line feed and carriage return excepted) is
 * refused as a type error of that field or parameter: PostgreSQL cannot store NUL, and no form has a use
 * for the others.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

    @Bean
    WebMvcRegistrations formBindingRegistrations() {
        return new WebMvcRegistrations() {

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new FormHandlerAdapter();
            }

        };
    }

    static class FormHandlerAdapter extends RequestMappingHandlerAdapter {

        @Override
        protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
            return new FormBinderFactory(binderMethods, getWebBindingInitializer());
        }

    }

    static class FormBinderFactory extends ServletRequestDataBinderFactory {

        FormBinderFactory(List<InvocableHandlerMethod> binderMethods, @Nullable WebBindingInitializer initializer) {
            super(binderMethods, initializer);
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
                NativeWebRequest request) {
            return new FormDataBinder(target, objectName);
        }

        /** After the application's own binder set-up, which must come before any editor is registered. */
        @Override
        public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
            super.initBinder(binder, request);
            binder.registerCustomEditor(String.class, new PlainTextEditor());
        }

    }

    /** Leaves text as typed, but refuses control characters as a conversion failure. */
    static class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            if (text != null && PlainText.hasControlCharacter(text)) {
                throw new IllegalArgumentException("Control character in text");
            }
            setValue(text);
        }

    }

    static class FormDataBinder extends ExtendedServletRequestDataBinder {

        FormDataBinder(@Nullable Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        public void construct(ValueResolver resolver) {
            ResolvableType targetType = getTargetType();
            Class<?> type = targetType == null ? null : targetType.resolve();
            if (type == null || getTarget() != null || BeanUtils.isSimpleProperty(type)) {
                super.construct(resolver);
                return;
            }
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            String[] names = BeanUtils.getParameterNames(constructor);
            Map<String, Rejected> rejected = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                MethodParameter parameter = new MethodParameter(constructor, i);
                Object value = resolver.resolveValue(names[i], parameter.getParameterType());
                if (value == null) {
                    continue;
                }
                try {
                    refuseControlCharacters(value, parameter.getParameterType());
                    getTypeConverter().convertIfNecessary(value, parameter.getParameterType(), parameter);
                }
                catch (TypeMismatchException mismatch) {
                    rejected.put(names[i], new Rejected(parameter.getParameterType(), value));
                }
            }
            if (rejected.isEmpty()) {
                super.construct(resolver);
                return;
            }
            // The form is made without the values that cannot be converted, then those fields get their error.
            super.construct(new ValueResolver() {

                @Override
                public @Nullable Object resolveValue(String name, Class<?> paramType) {
                    if (!rejected.containsKey(name)) {
                        return resolver.resolveValue(name, paramType);
                    }
                    // A primitive cannot be left empty; its field shows the typed value and the error anyway.
                    return !paramType.isPrimitive() ? null : paramType == boolean.class ? "false" : "0";
                }

                @Override
                public Set<String> getNames() {
                    return resolver.getNames();
                }

            });
            AbstractBindingResult result = (AbstractBindingResult) getBindingResult();
            rejected.forEach((name, value) -> {
                if (result.hasFieldErrors(name)) {
                    return;
                }
                result.recordFieldValue(name, value.type(), value.shown());
                String[] codes = result.getMessageCodesResolver()
                    .resolveMessageCodes("typeMismatch", getObjectName(), name, value.type().isEnum() ? Enum.class
                            : value.type());
                Object[] arguments = { new DefaultMessageSourceResolvable(
                        new String[] { getObjectName() + "." + name, name }, name), value.shown() };
                result.addError(new FieldError(getObjectName(), name, value.shown(), true, codes, arguments, null));
            });
        }

        /** Request parameters: lists of text are converted without the text editor, so they are checked here. */
        @Override
        public <T> @Nullable T convertIfNecessary(@Nullable Object value, @Nullable Class<T> requiredType,
                @Nullable MethodParameter methodParam) throws TypeMismatchException {
            refuseControlCharacters(value, requiredType);
            return super.convertIfNecessary(value, requiredType, methodParam);
        }

        private static void refuseControlCharacters(@Nullable Object value, @Nullable Class<?> requiredType) {
            boolean refused = value instanceof String text ? PlainText.hasControlCharacter(text)
                    : value instanceof String[] texts && java.util.Arrays.stream(texts)
                        .anyMatch(text -> text != null && PlainText.hasControlCharacter(text));
            if (refused) {
                throw new TypeMismatchException(value, requiredType,
                        new IllegalArgumentException("Control character in text"));
            }
        }

        private record Rejected(Class<?> type, Object value) {

            /** One typed value as it was sent, for showing in the field again, without its control characters. */
            Object shown() {
                Object one = value instanceof String[] values && values.length == 1 ? values[0] : value;
                return one instanceof String text ? PlainText.withoutControlCharacters(text) : one;
            }

        }

    }

}
