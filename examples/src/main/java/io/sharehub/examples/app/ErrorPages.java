package io.sharehub.examples.app;

import io.sharehub.InvalidInputException;
import io.sharehub.ShareHubException;
import io.sharehub.UnknownEntityException;
import io.sharehub.fission.InvalidTokenException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly pages for what goes wrong: a forged or broken share link is a 404 that says so, bad input
 * a 400 naming the field, never a stack trace. Errors outside controllers (an unknown URL) get the
 * {@code error} template through Spring Boot's error controller.
 */
@ControllerAdvice
public class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler(InvalidTokenException.class)
    public String invalidToken(InvalidTokenException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "分享链接无效",
                "这个分享链接无法识别（" + reason(e.reason()) + "）。请向分享给你的人重新索取链接，或直接访问素材中心。");
    }

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler(PageException.class)
    public String page(PageException e, Model model, HttpServletResponse response) {
        return page(model, response, e.status(), e.title(), e.getMessage());
    }

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler(UnknownEntityException.class)
    public String unknown(UnknownEntityException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "找不到页面", "要找的内容不存在。");
    }

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler(InvalidInputException.class)
    public String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, "输入有误", "字段 " + e.field() + "：" + e.getMessage());
    }

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
        IllegalArgumentException.class, java.time.format.DateTimeParseException.class})
    public String badRequest(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, "请求有误", e.getMessage());
    }

    /** @param e the exception @param model the model @param response the response @return the view */
    @ExceptionHandler(ShareHubException.class)
    public String other(ShareHubException e, Model model, HttpServletResponse response) {
        LOG.warn("ShareHub refused a request: {}", e.toString());
        return page(model, response, HttpStatus.CONFLICT, "操作未完成", e.getMessage());
    }

    private static String page(Model model, HttpServletResponse response, HttpStatus status, String title,
            String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "problem";
    }

    private static String reason(InvalidTokenException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> "格式不对";
            case UNKNOWN_KEY -> "签名密钥已停用";
            case BAD_SIGNATURE -> "签名校验失败";
            case UNKNOWN_SHARE -> "分享记录不存在";
            default -> "无法验证";
        };
    }
}
