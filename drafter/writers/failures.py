"""What the user is told when an endpoint fails: one Chinese message per kind of failure,
naming the setting to change. Each returns the error to raise: `EndpointUnusable` when
the whole run cannot go on with this endpoint (the sections not started are skipped),
a plain `EndpointError` when only this section failed. Both exit 3."""

from __future__ import annotations

from drafter.errors import EndpointError
from drafter.writers.base import EndpointUnusable
from drafter.writers.config import Settings
from drafter.writers.sensitive import is_local


def _origin(s: Settings, key: str, default: str = "默认") -> str:
    return s.origin.get(key, default)


def status(s: Settings, code: int) -> EndpointError:
    """An HTTP error status that remained after the SDK's retries."""
    if code == 401:
        return EndpointUnusable(
            "模型端点拒绝了密钥（401）。请检查环境变量 OPENAI_API_KEY 或配置文件中的 "
            f"api_key（{_origin(s, 'api_key', '未设置')}）。")
    if code == 403:
        return EndpointUnusable("模型端点拒绝访问（403）。请检查 OPENAI_API_KEY 的权限。")
    if code == 404:
        return EndpointUnusable(
            f"模型端点找不到模型 {s.model}（404）。请检查 --model、DRAFTER_MODEL 或配置文件"
            f"中的 model（来自 {_origin(s, 'model')}），或 base_url {s.base_url} 是否正确。")
    if code == 429:
        return EndpointUnusable("模型端点多次限流（429），重试后仍失败。请稍后再试，"
                                "或降低 --concurrency。")
    return EndpointError(f"模型端点返回错误 {code}，重试后仍失败（base_url {s.base_url}）。")


def unreachable(s: Settings, *, timed_out: bool = False) -> EndpointUnusable:
    """No connection could be made (refused, unknown host, or not within connect_timeout)."""
    how = (f"在 connect_timeout（{s.connect_timeout:g} 秒）内未能建立连接" if timed_out
           else "无法连接")
    return EndpointUnusable(
        f"模型端点 {s.base_url} {how}。请检查端点是否在运行，以及 --base-url、OPENAI_BASE_URL"
        f" 或配置文件中的 base_url（来自 {_origin(s, 'base_url')}）和网络。")


def silent(s: Settings) -> EndpointUnusable:
    """Connected and sent, but no text within first_byte_timeout (never re-sent)."""
    where = "本机" if is_local(s.base_url) else ""
    return EndpointUnusable(
        f"{where}模型端点 {s.base_url} 已接受请求，但在 first_byte_timeout"
        f"（{s.first_byte_timeout:g} 秒）内没有开始答复；请求未重发。本机的小模型较慢时，"
        "可在配置文件中增大 first_byte_timeout，或用 --concurrency 1 让请求不必排队。")


def not_an_answer(s: Settings, what: str) -> EndpointUnusable:
    """A 200 answer that is not an event stream of JSON chunks (an HTML page…)."""
    return EndpointUnusable(
        f"模型端点 {s.base_url} 返回的不是模型的流式答复（{what}），可能是网页、登录页或"
        "代理的错误页；没有收到任何文字，也没有保留候选。请检查 base_url"
        f"（来自 {_origin(s, 'base_url')}）是否是 OpenAI 兼容接口的地址（通常以 /v1 结尾）。")


def broken(s: Settings, why: str, partial: str, *, stalled: bool) -> EndpointError:
    """The answer broke off (or stalled) on every try; `partial` is kept as a candidate."""
    kept = ("未完成的内容已作为候选保留，未替换现有文本。" if partial
            else "没有收到任何文字，现有文本未改动。")
    if stalled:
        return EndpointUnusable(
            f"模型端点 {s.base_url} 的答复中途停顿超过 chunk_timeout（{s.chunk_timeout:g} "
            f"秒），重试后仍然停顿。{kept}可检查端点负载或网络，或增大 chunk_timeout。",
            partial=partial)
    return EndpointError(f"模型端点 {s.base_url} 的答复多次中断，未完成（{why}）；{kept}"
                         "可检查网络或端点日志。", partial=partial)
