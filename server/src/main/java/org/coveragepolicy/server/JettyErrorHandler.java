package org.coveragepolicy.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Jetty's own error responses (a malformed request line or header) as OperationOutcomes. */
final class JettyErrorHandler implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 400;
    String problem =
        switch (status) {
          case 413 -> "the request is larger than this service accepts";
          case 431 -> "the request headers are larger than this service accepts";
          case 408 -> "the request did not arrive in time";
          default -> status < 500 ? "the request is not valid HTTP" : "internal error";
        };
    IssueType type = status < 500 ? IssueType.INVALID : IssueType.EXCEPTION;
    JettyResponses.send(
        response, callback, CdsHooksHandler.errorResponse(status, type, "", problem, "*"), true);
    return true;
  }
}
