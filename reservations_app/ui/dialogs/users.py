"""Staff accounts (administrators): list them, add one (front desk unless chosen otherwise),
reset a password, change a role, deactivate or reactivate.

Entry point: `UsersDialog(session, parent=None)`; `.open()` it. Every change goes through
`services.auth`, which checks the role again and writes the audit row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError, InvalidInput
from reservations_app.domain.model import Provider, Role, User
from reservations_app.domain.staff import DEFAULT_ROLE
from reservations_app.services import auth, people, staff
from reservations_app.ui.dialogs.submit import submit
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.models.table import ObjectTableModel
from reservations_app.ui.session import Session

COL_NAME, COL_ROLE, COL_PROVIDER, COL_ACTIVE = range(4)


def role_label(role: Role) -> str:
    labels = {Role.ADMIN: QT_TRANSLATE_NOOP("UsersDialog", "Administrator"),
              Role.FRONT_DESK: QT_TRANSLATE_NOOP("UsersDialog", "Front desk"),
              Role.PROVIDER: QT_TRANSLATE_NOOP("UsersDialog", "Provider")}
    return QCoreApplication.translate("UsersDialog", str(labels[role]))


class UsersTableModel(ObjectTableModel[User]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("User name"), self.tr("Role"), self.tr("Provider"),
                         self.tr("Active"))
        self._providers: dict[int, str] = {}

    def set_users(self, users: list[User], providers: dict[int, str]) -> None:
        self._providers = dict(providers)
        self.set_items(users)

    def user(self, row: int) -> User:
        return self.item(row)

    def display(self, user: User, column: int) -> str:
        if column == COL_NAME:
            return user.username
        if column == COL_ROLE:
            return role_label(user.role)
        if column == COL_PROVIDER:
            return self._providers.get(user.provider_id or 0, "")
        return self.tr("yes") if user.active else self.tr("no")


class PasswordFields(TranslationContext):
    """The translation context of the password fields."""


class _PasswordFields:
    """A password typed twice, so a typo does not lock someone out."""

    def __init__(self, form: QFormLayout, owner: QWidget) -> None:
        self.first = QLineEdit()
        self.first.setObjectName("password")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassword")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(PasswordFields.tr("Password"), self.first)
        form.addRow(PasswordFields.tr("Repeat password"), self.second)

    def value(self, owner: QWidget) -> str:
        if self.first.text() != self.second.text():
            raise InvalidInput(PasswordFields.tr("The two passwords differ. Type them again."))
        return self.first.text()


class AddUserDialog(QDialog):
    user_added = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUser")
        self.setWindowTitle(self.tr("Add a staff account"))
        self._session = session
        self.username = QLineEdit()
        self.role = _role_combo(DEFAULT_ROLE)
        self.provider = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Provider"), self.provider)
        self.passwords = _PasswordFields(form, self)
        self.error, self.buttons = _error_label(), _ok_cancel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill_providers()
        self._connect_signals()
        self._role_chosen()

    def _fill_providers(self) -> None:
        _fill_providers(self._session, self.provider, self.error)

    def _connect_signals(self) -> None:
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _role_chosen(self) -> None:
        self.provider.setEnabled(Role(self.role.currentData()) is Role.PROVIDER)

    @Slot()
    def add(self) -> None:
        role = Role(self.role.currentData())  # Qt hands the enum back as its str value
        provider_id = self.provider.currentData() if role is Role.PROVIDER else None
        actor, name, now = self._session.actor, self.username.text(), self._session.now()
        try:
            password = self.passwords.value(self)
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        submit(self._session, self, self.buttons, self.error,
               lambda: auth.create_user(actor, name, password, role, now, provider_id),
               self._added)

    def _added(self, user: User) -> None:
        self.user_added.emit(user)
        self.accept()


class ChangeRoleDialog(QDialog):
    """Another role for an account; a provider account names its provider."""

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRole")
        self.setWindowTitle(self.tr("Role of {name}").format(name=user.username))
        self._session = session
        self._user = user
        self.role = _role_combo(user.role)
        self.provider = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Provider"), self.provider)
        self.error, self.buttons = _error_label(), _ok_cancel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        _fill_providers(session, self.provider, self.error, user.provider_id)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self._role_chosen()

    @Slot()
    def _role_chosen(self) -> None:
        self.provider.setEnabled(Role(self.role.currentData()) is Role.PROVIDER)

    @Slot()
    def change(self) -> None:
        role = Role(self.role.currentData())
        provider_id = self.provider.currentData() if role is Role.PROVIDER else None
        actor, user_id, now = self._session.actor, self._user.id, self._session.now()
        submit(self._session, self, self.buttons, self.error,
               lambda: staff.set_role(actor, user_id, role, now, provider_id),
               lambda _: self.accept())


class ResetPasswordDialog(QDialog):
    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPassword")
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.username))
        self._session = session
        self._user = user
        form = QFormLayout()
        self.passwords = _PasswordFields(form, self)
        self.error, self.buttons = _error_label(), _ok_cancel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The new password also lifts a lockout.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.reset)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def reset(self) -> None:
        actor, user_id, now = self._session.actor, self._user.id, self._session.now()
        try:
            password = self.passwords.value(self)
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        submit(self._session, self, self.buttons, self.error,
               lambda: auth.reset_password(actor, user_id, password, now),
               lambda _: self.accept())


class UsersDialog(QDialog):
    users_changed = Signal()  # a change was saved; the list reloads
    loaded = Signal()  # the list shows what the database holds

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.setWindowTitle(self.tr("Staff accounts"))
        self._session = session
        self.model = UsersTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.child: QDialog | None = None  # the add or reset dialog, while open
        self._lay_out()
        self._connect_signals()
        self.reload()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.role_button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    @Slot()
    def reload(self) -> None:
        """Ask for the accounts; the list on screen stays until they arrive."""
        actor = self._session.actor
        self._session.ops.query(
            lambda: (auth.list_users(actor), {p.id: p.name for p in people.list_providers(
                actor, include_inactive=True)}),
            self._loaded, self._load_refused, owner=self)

    def _loaded(self, found: tuple[list[User], dict[int, str]]) -> None:
        selected = self.selected_user()
        self.model.set_users(*found)
        if selected is not None:
            self._select(selected.id)
        self._selection_changed()
        self.loaded.emit()

    def _load_refused(self, error: DomainError) -> None:
        self.error.setText(error.message)
        for button in (self.add_button, self.reset_button, self.role_button,
                       self.active_button):
            button.setEnabled(False)

    @Slot()
    def _selection_changed(self) -> None:
        user = self.selected_user()
        for button in (self.reset_button, self.role_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Reactivate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    @Slot()
    def change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ChangeRoleDialog(self._session, user, self)
        dialog.accepted.connect(self._changed)
        self._open(dialog)

    @Slot()
    def toggle_active(self) -> None:
        """Deactivate (the account can no longer sign in; its history stays) or reactivate.
        The service refuses to deactivate the last active administrator."""
        user = self.selected_user()
        if user is None or not self.active_button.isEnabled():
            return
        self.active_button.setEnabled(False)
        actor, now = self._session.actor, self._session.now()
        self._session.ops.write(lambda: staff.set_active(actor, user.id, not user.active, now),
                                lambda _: self._toggled(), self._toggle_refused,
                                initiator=self, owner=self)

    def _toggled(self) -> None:
        self.error.clear()
        self._changed()

    def _toggle_refused(self, error: DomainError) -> None:
        self._selection_changed()
        self.error.setText(error.message)

    def _select(self, user_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.user(row).id == user_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user(self.proxy.mapToSource(rows[0]).row())

    @Slot()
    def add_user(self) -> None:
        dialog = AddUserDialog(self._session, self)
        dialog.accepted.connect(self._changed)
        self._open(dialog)

    @Slot()
    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self._session, user, self)
        dialog.accepted.connect(self._changed)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.child = dialog
        dialog.open()

    @Slot()
    def _changed(self) -> None:
        self.reload()
        self.users_changed.emit()


def _role_combo(chosen: Role) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(list(Role).index(chosen))
    return combo


def _fill_providers(session: Session, combo: QComboBox, error: QLabel,
                    chosen: int | None = None) -> None:
    """The providers arrive from the runner; the combo is empty until then."""
    def fill(providers: list[Provider]) -> None:
        for provider in providers:
            combo.addItem(provider.name, provider.id)
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    actor = session.actor
    session.ops.query(lambda: people.list_providers(actor), fill,
                      lambda exc: error.setText(exc.message), owner=combo)


def _error_label() -> QLabel:
    """Where a dialog says why it refused what was typed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _ok_cancel() -> QDialogButtonBox:
    return QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                            | QDialogButtonBox.StandardButton.Cancel)
