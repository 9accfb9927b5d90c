package org.vigil.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens DuckDB connections whose statements start failing after a budget, as on a disk that has
 * just filled up: every statement after the {@code budget}-th fails with DuckDB's "No space left
 * on device" text, and a COMMIT that fails has its transaction rolled back by the database, as
 * DuckDB does. The count runs across connections (the disk stays full when the file is opened
 * again) and starts when {@link #arm} is called.
 *
 * <p>With {@code loseTransactions}, it plays the bug of issue 12 instead: once the budget is
 * spent, BEGIN is dropped (later statements run outside any transaction, each committed alone)
 * and the insert of events fails, so that articles are kept without their events.
 */
final class FaultyOpener implements DuckDbEventStore.Opener {
  private final int budget;
  private final boolean loseTransactions;
  private boolean armed;
  private int executed;
  int failures;

  FaultyOpener(int budget, boolean loseTransactions) {
    this.budget = budget;
    this.loseTransactions = loseTransactions;
  }

  void arm() {
    armed = true;
  }

  @Override
  public Connection open(String url, Properties properties) throws SQLException {
    Connection real = DriverManager.getConnection(url, properties);
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = call(real, method, args);
          if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
            return wrap(real, ps, PreparedStatement.class, (String) args[0]);
          }
          if (result instanceof Statement st && method.getName().equals("createStatement")) {
            return wrap(real, st, Statement.class, null);
          }
          return result;
        });
  }

  private <T extends Statement> T wrap(Connection real, T statement, Class<T> type, String prepared) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = prepared != null ? prepared : (args != null && args.length > 0 ? (String) args[0] : "");
        if (fails(real, sql)) {
          failures++;
          throw new SQLException("IO Error: Could not write file \"vigil.duckdb.wal\": No space left on device");
        }
        if (dropped(sql)) {
          return false;
        }
      }
      return call(statement, method, args);
    };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  private boolean spent() {
    return armed && executed > budget;
  }

  private boolean fails(Connection real, String sql) throws SQLException {
    if (!armed) {
      return false;
    }
    executed++;
    String s = sql.strip().toUpperCase();
    if (loseTransactions) {
      return spent() && s.startsWith("INSERT INTO EVENTS");
    }
    if (!spent()) {
      return false;
    }
    if (s.equals("COMMIT")) {
      try (Statement st = real.createStatement()) {
        st.execute("ROLLBACK"); // DuckDB ends a transaction whose commit failed
      }
    }
    return !s.equals("ROLLBACK");
  }

  private boolean dropped(String sql) {
    String s = sql.strip().toUpperCase();
    return loseTransactions && spent() && (s.startsWith("BEGIN") || s.equals("ROLLBACK"));
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
