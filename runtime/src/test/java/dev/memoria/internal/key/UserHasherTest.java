package dev.memoria.internal.key;

import dev.memoria.Hasher;
import dev.memoria.UnhashableParameterException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.memoria.internal.key.Keys.keyOf;
import static dev.memoria.internal.key.Keys.keyWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scenarios 9 and 24 to 26: user hashers stand in for values, wherever they appear, before the built-in rules. */
class UserHasherTest {

    /** A type with no hashing rule; {@code id} is what makes two of them the same. */
    static class Account {
        final String id;

        Account(String id) {
            this.id = id;
        }
    }

    interface Audited {
    }

    static final class SavingsAccount extends Account implements Audited {
        SavingsAccount(String id) {
            super(id);
        }
    }

    static final class AccountById implements Hasher<Account> {
        @Override
        public Object hash(Account account) {
            return account.id;
        }
    }

    static final class SavingsAccountByTag implements Hasher<SavingsAccount> {
        @Override
        public Object hash(SavingsAccount account) {
            return "savings";
        }
    }

    static final class AuditedByTag implements Hasher<Audited> {
        @Override
        public Object hash(Audited audited) {
            return "audited";
        }
    }

    static final class AnythingAsClassName implements Hasher<Object> {
        @Override
        public Object hash(Object value) {
            return value.getClass().getName();
        }
    }

    static final class IntegerIdentity implements Hasher<Integer> {
        @Override
        public Object hash(Integer value) {
            return value;
        }
    }

    static final class WrapInList implements Hasher<List<?>> {
        @Override
        public Object hash(List<?> value) {
            return List.of(value);
        }
    }

    static final class AccountByCounter implements Hasher<Account> {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Object hash(Account account) {
            return calls.incrementAndGet();
        }
    }

    static final class AccountLookupFails implements Hasher<Account> {
        @Override
        public Object hash(Account account) throws IOException {
            throw new IOException("boom");
        }
    }

    static final class AccountAsObject implements Hasher<Account> {
        @Override
        public Object hash(Account account) {
            return List.of(account.id, new Object());
        }
    }

    static final class AccountInAList implements Hasher<Account> {
        @Override
        public Object hash(Account account) {
            return List.of(account);
        }
    }

    /** Stands in for an account with the key of another cached call: computed on the spot, or looked up. */
    static final class AccountByInnerKey implements Hasher<Account> {
        private final KeyMaker inner;
        private final Map<String, String> precomputed;

        AccountByInnerKey(KeyMaker inner, Map<String, String> precomputed) {
            this.inner = inner;
            this.precomputed = precomputed;
        }

        static String innerKey(KeyMaker inner, String id) {
            return inner.keyOf(null, new Object[] {id, Map.of("n", List.of(1, 2))}).toHex();
        }

        @Override
        public Object hash(Account account) {
            return precomputed == null ? innerKey(inner, account.id) : precomputed.get(account.id);
        }
    }

    private static final AccountById BY_ID = new AccountById();

    @Test
    void aDeterministicHasherGivesEqualKeysForEqualStandIns() {
        assertThat(keyWith(List.of(BY_ID), new Account("a"))).isEqualTo(keyWith(List.of(BY_ID), new Account("a")))
                .isNotEqualTo(keyWith(List.of(BY_ID), new Account("b")));
    }

    @Test
    void aNondeterministicHasherGivesADifferentKeyEveryCall() {
        KeyMaker maker = Keys.maker(HasherTable.of(List.of(new AccountByCounter())), 1);
        Account account = new Account("a");

        assertThat(maker.keyOf(null, new Object[] {account})).isNotEqualTo(maker.keyOf(null, new Object[] {account}));
    }

    @Test
    void aHasherReturningItsOwnTypeDoesNotLoopAndStillTellsValuesApart() {
        List<IntegerIdentity> identity = List.of(new IntegerIdentity());

        assertThat(keyWith(identity, 1)).isEqualTo(keyWith(identity, 1)).isNotEqualTo(keyWith(identity, 2));
    }

    @Test
    void aStandInContainingTheHashersInputWritesThatInputWithTheBuiltInRules() {
        List<WrapInList> wrap = List.of(new WrapInList());

        assertThat(keyWith(wrap, List.of(1))).isNotEqualTo(keyWith(wrap, List.of(2)))
                .isEqualTo(ExpectedKey.key().parameter(0).u8(0x40).text(WrapInList.class.getName())
                                   .u8(0x33).i32(1)
                                   .u8(0x33).i32(1).u8(0x15).i32(1).toKey());
    }

    @Test
    void aStandInContainingAnInputWithoutBuiltInRuleIsReported() {
        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> keyWith(List.of(new AccountInAList()), new Account("a")));

        assertThat(e).hasMessageContaining("the Hasher " + AccountInAList.class.getName() + " returned a "
                                           + "java.util.ImmutableCollections$List12 holding a " + Account.class.getName()
                                           + " at [0], and Memoria has no rule for hashing it.");
    }

    @Test
    void aStandInIsTaggedWithItsHasherAndNeverEqualsThePlainValue() {
        Key hashed = keyWith(List.of(BY_ID), new Account("a"));

        assertThat(hashed).isNotEqualTo(keyOf("a"));
        assertThat(hashed).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x40).text(AccountById.class.getName()).u8(0x19).text("a").toKey());
    }

    @Test
    void hashersApplyToNestedValues() {
        Map<Account, List<Account>> nested = Map.of(new Account("k"), List.of(new Account("v")));

        assertThat(keyWith(List.of(BY_ID), nested))
                .isEqualTo(keyWith(List.of(BY_ID), Map.of(new Account("k"), List.of(new Account("v")))))
                .isNotEqualTo(keyWith(List.of(BY_ID), Map.of(new Account("k"), List.of(new Account("w")))));
    }

    @Test
    void hashersApplyToSubtypesAndBeforeBuiltInRules() {
        List<AnythingAsClassName> byClass = List.of(new AnythingAsClassName());

        assertThat(keyWith(List.of(BY_ID), new SavingsAccount("a"))).isEqualTo(keyWith(List.of(BY_ID), new Account("a")));
        assertThat(keyWith(byClass, "a")).isEqualTo(keyWith(byClass, "b")).isNotEqualTo(keyWith(byClass, 1));
    }

    @Test
    void anExactClassMatchWinsOverAnEarlierSupertypeMatch() {
        List<Hasher<?>> accountFirst = List.of(BY_ID, new SavingsAccountByTag());

        assertThat(keyWith(accountFirst, new SavingsAccount("a")))
                .isEqualTo(keyWith(List.of(new SavingsAccountByTag()), new SavingsAccount("a")));
        assertThat(keyWith(accountFirst, new Account("a"))).isEqualTo(keyWith(List.of(BY_ID), new Account("a")));
    }

    @Test
    void otherwiseTheFirstDeclaredSupertypeMatchWins() {
        Account account = new SavingsAccount("a");
        AuditedByTag audited = new AuditedByTag();

        assertThat(keyWith(List.of(BY_ID, audited), account)).isEqualTo(keyWith(List.of(BY_ID), account))
                .isNotEqualTo(keyWith(List.of(audited), account));
        assertThat(keyWith(List.of(audited, BY_ID), account)).isEqualTo(keyWith(List.of(audited), account));
    }

    @Test
    void aStandInGoesThroughTheOtherHashersLikeAnyValue() {
        // BY_ID stands in "a" for the account; "a" is an Object, so AnythingAsClassName hashes it in turn.
        List<Hasher<?>> both = List.of(BY_ID, new AnythingAsClassName());

        assertThat(keyWith(both, new Account("a"))).isEqualTo(keyWith(both, new Account("b")));
    }

    @Test
    void aHasherCanMakeTheReceiverHashable() {
        KeyMaker maker = new KeyMaker("example.Account.balance(int)", List.of("year"), new boolean[] {true}, true,
                HasherTable.of(List.of(BY_ID)));

        assertThat(maker.keyOf(new Account("a"), new Object[] {2024}))
                .isEqualTo(maker.keyOf(new Account("a"), new Object[] {2024}))
                .isNotEqualTo(maker.keyOf(new Account("b"), new Object[] {2024}));
    }

    @Test
    void aThrowingHasherNamesHasherMethodAndTypeAndKeepsTheCause() {
        KeyMaker maker = new KeyMaker("example.Bank.statement(example.Account)", List.of("account"),
                new boolean[] {true}, false, HasherTable.of(List.of(new AccountLookupFails())));

        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> maker.keyOf(null, new Object[] {List.of(new Account("a"))}));

        assertThat(e).hasMessageContaining("Cannot build the cache key of example.Bank.statement(example.Account)")
                .hasMessageContaining("parameter 0 'account' holds a value of type " + Account.class.getName()
                                      + " (at [0] inside the argument), and the Hasher "
                                      + AccountLookupFails.class.getName() + " threw java.io.IOException: boom.")
                .hasCauseInstanceOf(IOException.class);
        assertThat(e.getCause()).hasMessage("boom");
    }

    @Test
    void aFailingHasherIsFixedInTheHasherNotByAddingOne() {
        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> keyWith(List.of(new AccountLookupFails()), new Account("a")));

        assertThat(e).hasMessageContaining("Fix the Hasher so that it returns a string, number, record or collection")
                .hasMessageContaining("or leave the argument out of the key")
                .hasMessageNotContaining("Tell Memoria how to hash it");
    }

    @Test
    void anUnhashableStandInSaysWhatTheHasherReturned() {
        UnhashableParameterException e = catchThrowableOfType(UnhashableParameterException.class,
                () -> keyWith(List.of(new AccountAsObject()), new Account("a")));

        assertThat(e).hasMessageContaining("holds a value of type " + Account.class.getName() + ", and the Hasher "
                                           + AccountAsObject.class.getName() + " returned a java.util.ImmutableCollections$List12"
                                           + " holding a java.lang.Object at [1], and Memoria has no rule for hashing it.");
    }

    @Test
    void aHasherMayBuildAnotherKeyWhileThisOneIsHalfWritten() {
        KeyMaker inner = Keys.maker(HasherTable.EMPTY, 2);
        Map<String, String> precomputed = Map.of("a", AccountByInnerKey.innerKey(inner, "a"),
                                                 "b", AccountByInnerKey.innerKey(inner, "b"));
        List<Object> argument = List.of(Map.of("x", new Account("a")), new Account("b"), "tail");

        Key reentering = keyWith(List.of(new AccountByInnerKey(inner, null)), argument);

        assertThat(reentering).isEqualTo(keyWith(List.of(new AccountByInnerKey(inner, precomputed)), argument));
    }
}
