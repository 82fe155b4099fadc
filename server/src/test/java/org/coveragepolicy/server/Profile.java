package org.coveragepolicy.server;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ClaimReview;

/** Times the service without HTTP: {@code java -cp … org.coveragepolicy.server.Profile}. */
final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    CdsServices services = new CdsServices(new OrderReview(ClaimReview.standard(), DenosumabPolicy.DEFAULT));
    String body = Requests.prolia("order-sign", true).toString();
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      int n = 2000;
      for (int i = 0; i < n; i++) {
        services.handle("POST", "/cds-services/" + CdsServices.ORDER_SIGN, body);
      }
      System.out.printf("%.3f ms per request%n", (System.nanoTime() - t0) / 1e6 / n);
    }
  }
}
