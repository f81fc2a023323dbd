"""LLM endpoint settings: CLI flags → environment → user config file (TOML, mode 0600).

The API key is a `Secret`: its repr and str are masked and it is never written to a
project file, an export, a log or an error message. Every value is checked when it is
read (type and range); a file that is not UTF-8 TOML, or a value out of range, is an
InputError (exit 2) that names the file and the key."""

from __future__ import annotations

import errno
import math
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.paths import user_config_dir

# Named presets: base URL and a sensible default model.
ENDPOINT_PRESETS: dict[str, tuple[str, str]] = {
    "openai": ("https://api.openai.com/v1", "gpt-4o-mini"),
    "deepseek": ("https://api.deepseek.com/v1", "deepseek-chat"),
    "qwen": ("https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus"),
    "moonshot": ("https://api.moonshot.cn/v1", "moonshot-v1-8k"),
    "zhipu": ("https://open.bigmodel.cn/api/paas/v4", "glm-4-flash"),
    "ollama": ("http://localhost:11434/v1", "qwen2.5:7b"),
    "vllm": ("http://localhost:8000/v1", ""),
}
DUMMY_KEY = "sk-no-key-required"  # what a keyless local server gets


class Secret:
    """A string that never shows itself in repr/str/format."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def masked(self) -> str:
        v = self._value
        if not v:
            return "（未设置）"
        return f"{v[:3]}…{v[-2:]}" if len(v) > 10 else "****"

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret(****)"

    __str__ = __repr__

    def __reduce__(self) -> Any:  # never pickled with its value
        raise TypeError("Secret cannot be serialised")


@dataclass
class Settings:
    """Effective endpoint settings. Each field records where it came from in `origin`."""

    preset: str = ""  # one of ENDPOINT_PRESETS; fills base_url and model when they are unset
    base_url: str = ""  # OpenAI-compatible base URL, e.g. https://api.deepseek.com/v1
    model: str = ""  # model name sent with every request
    api_key: Secret = field(default_factory=lambda: Secret(""))  # OPENAI_API_KEY
    connect_timeout: float = 10.0  # seconds to open a connection
    first_byte_timeout: float = 300.0  # seconds from sending a request to its first text
    chunk_timeout: float = 30.0  # seconds allowed between two streamed chunks after that
    max_retries: int = 3  # retries on 429/5xx/connection errors (honouring Retry-After)
    repair_turns: int = 2  # guard: repair turns that quote the checker's findings
    length_turns: int = 1  # turns asking a section far from its share of the notes' length
    context_budget: int = 8000  # prompt tokens allowed; context is trimmed to fit
    max_tokens: int = 2048  # completion tokens per request, at most (a section asks less)
    price_prompt: float = 0.0  # cost per 1M prompt tokens (0 = not reported)
    price_completion: float = 0.0  # cost per 1M completion tokens
    origin: dict[str, str] = field(default_factory=dict, repr=False)
    warnings: list[str] = field(default_factory=list, repr=False, compare=False)
    """Problems the user should hear about (e.g. a key in a file others can read)."""

    @property
    def configured(self) -> bool:
        """An endpoint counts as configured when a base URL, preset or key is set."""
        return bool(self.base_url or self.preset or self.api_key)

    def key(self) -> str:
        return self.api_key.reveal() or DUMMY_KEY

    def describe(self) -> list[tuple[str, str, str]]:
        rows = []
        for f in fields(self):
            if f.name in ("origin", "warnings"):
                continue
            value = getattr(self, f.name)
            shown = value.masked() if isinstance(value, Secret) else str(value)
            rows.append((f.name, shown, self.origin.get(f.name, "默认")))
        return rows


ENV = {"api_key": "OPENAI_API_KEY", "base_url": "OPENAI_BASE_URL", "model": "DRAFTER_MODEL",
       "preset": "DRAFTER_PRESET"}


def config_path() -> Path:
    override = os.environ.get("DRAFTER_CONFIG")
    if override:
        return Path(override)
    return user_config_dir() / "config.toml"


_POSITIVE = {"connect_timeout", "first_byte_timeout", "chunk_timeout", "context_budget",
             "max_tokens"}
_NOT_NEGATIVE = {"max_retries", "repair_turns", "length_turns", "price_prompt", "price_completion"}


def _coerce(name: str, value: Any, source: str) -> Any:
    """`value` as the field's type, checked for range. Raises InputError naming the key
    and where the value came from (a file, a variable, a flag)."""
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if name == "api_key":
        return Secret(str(value))
    if kind == "str":
        if isinstance(value, dict | list):
            raise InputError(f"设置 {name} 应为文字，实际是 {value!r}（来自 {source}）")
        return str(value)
    try:
        if isinstance(value, bool | dict | list):
            raise ValueError
        number: float | int = float(value) if kind == "float" else int(value)
        if not math.isfinite(number):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        what = "数字" if kind == "float" else "整数"
        raise InputError(f"设置 {name} 应为{what}，实际是 {value!r}（来自 {source}）") from None
    if kind == "int" and isinstance(value, float) and value != number:
        raise InputError(f"设置 {name} 应为整数，实际是 {value!r}（来自 {source}）")
    if name in _POSITIVE and number <= 0:
        raise InputError(f"设置 {name} 应大于 0，实际是 {value!r}（来自 {source}）")
    if name in _NOT_NEGATIVE and number < 0:
        raise InputError(f"设置 {name} 不能为负数，实际是 {value!r}（来自 {source}）")
    return number


def load_settings(flags: dict[str, Any] | None = None, *, env: dict[str, str] | None = None,
                  path: Path | None = None) -> Settings:
    """Resolve the settings: flags win over the environment, which wins over the file."""
    env = os.environ if env is None else env
    path = path or config_path()
    s = Settings()
    names = {f.name for f in fields(Settings)} - {"origin", "warnings"}
    if path.is_dir():
        raise InputError(_is_dir(path))
    if path.exists():
        section = _read_config(path)
        if "api_key" in section and path.stat().st_mode & 0o077:
            s.warnings.append(
                f"配置文件 {path} 含有 api_key，但其他用户也能读取（权限 "
                f"{path.stat().st_mode & 0o777:o}）；请执行 chmod 600 {path}")
        for k, v in section.items():
            if k in names:
                setattr(s, k, _coerce(k, v, f"{path} 中的键 {k}"))
                s.origin[k] = str(path)
            else:
                s.warnings.append(f"配置文件 {path} 中的键 {k} 不是已知的设置，已忽略")
    for k, var in ENV.items():
        if env.get(var):
            setattr(s, k, _coerce(k, env[var], var))
            s.origin[k] = var
    for k, v in (flags or {}).items():
        if k in names and v not in (None, ""):
            setattr(s, k, _coerce(k, v, f"--{k.replace('_', '-')}"))
            s.origin[k] = f"--{k.replace('_', '-')}"
    if s.preset:
        if s.preset not in ENDPOINT_PRESETS:
            raise InputError(f"未知的预设 {s.preset}（来自 {s.origin.get('preset')}），"
                             f"可用：{'、'.join(ENDPOINT_PRESETS)}")
        url, model = ENDPOINT_PRESETS[s.preset]
        if not s.base_url:
            s.base_url, s.origin["base_url"] = url, f"预设 {s.preset}"
        if not s.model and model:
            s.model, s.origin["model"] = model, f"预设 {s.preset}"
    if s.configured and not s.base_url:
        s.base_url, s.origin["base_url"] = ENDPOINT_PRESETS["openai"][0], "默认（OpenAI）"
    if s.configured and not s.model:
        s.model, s.origin["model"] = ENDPOINT_PRESETS["openai"][1], "默认"
    return s


def _is_dir(path: Path) -> str:
    via = "（来自环境变量 DRAFTER_CONFIG）" if os.environ.get("DRAFTER_CONFIG") else ""
    return (f"配置文件路径 {path}{via} 是一个目录，应为文件路径，"
            f"例如 {path / 'config.toml'}")


def _os_reason(e: OSError) -> str:
    """An OSError in words (Chinese), without the raw errno text."""
    return {errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.EROFS: "文件系统只读",
            errno.ENOENT: "路径不存在", errno.ENOTDIR: "路径中有一段是文件而不是目录",
            errno.EEXIST: "路径中有一段是文件而不是目录", errno.EISDIR: "这是一个目录",
            errno.ENOSPC: "磁盘已满", errno.ENAMETOOLONG: "文件名过长"}.get(
                e.errno or 0, e.strerror or type(e).__name__)


def _decode(path: Path, data: bytes) -> str:
    """The file's text. UTF-8 (with or without a BOM) only: a file saved as UTF-16 or GBK
    (Windows Notepad's choices) is an InputError that says which and what to do."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[1:2] == b"\x00" or data[:1] == b"\x00":
            found = "UTF-16"
        else:
            try:
                data.decode("gbk")
                found = "GBK"
            except UnicodeDecodeError:
                found = "未知编码"
        line = data[:e.start].count(b"\n") + 1
        raise InputError(f"配置文件 {path} 不是 UTF-8 编码（看起来是 {found}，第 {line} 行起"
                         "无法按 UTF-8 读取）。请用文本编辑器另存为 UTF-8 编码后重试。") from None


def _read_config(path: Path) -> dict[str, Any]:
    """The [llm] table of a config file (or its top level, for a file without one).
    Raises InputError naming the file (and the key or line) for a file that cannot be
    read, is not UTF-8, is not TOML, or whose `llm` is not a table."""
    if path.is_dir():
        raise InputError(_is_dir(path))
    try:
        data = tomllib.loads(_decode(path, path.read_bytes()))
    except OSError as e:
        raise InputError(f"配置文件 {path} 无法读取：{_os_reason(e)}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"配置文件 {path} 不是有效的 TOML：{e}") from None
    section = data.get("llm", data)
    if not isinstance(section, dict):
        raise InputError(f"配置文件 {path} 中的键 llm 应为表（[llm] 下一行一个“键 = 值”），"
                         f"实际是 {section!r}")
    return section


def write_config(values: dict[str, Any], path: Path | None = None) -> Path:
    """Write the user config file with mode 0600 (it may hold the key), its folder 0700.
    An existing file keeps every setting it has; `values` replace only their own keys, and
    the file as it was is kept beside it as config.toml.bak (mode 0600). Raises InputError
    for an existing file that cannot be read (it is left untouched)."""
    path = path or config_path()
    if path.is_dir():
        raise InputError(_is_dir(path))
    kept: dict[str, Any] = {}
    try:
        if path.exists():
            kept = {k: v for k, v in _read_config(path).items()
                    if isinstance(v, str | int | float | bool)}
            backup = path.with_name(path.name + ".bak")
            fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(path.read_bytes())
            os.chmod(backup, 0o600)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write(path, {**kept, **values})
    except OSError as e:
        where = e.filename or path
        raise InputError(f"无法写入配置文件 {path}：{where} {_os_reason(e)}。"
                         "可用环境变量 DRAFTER_CONFIG 指定一个可写的位置。") from None
    return path


def _write(path: Path, values: dict[str, Any]) -> None:
    lines = ["[llm]"]
    for k, v in values.items():
        if isinstance(v, str):
            v = '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif isinstance(v, bool):
            v = "true" if v else "false"
        lines.append(f"{k} = {v}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
