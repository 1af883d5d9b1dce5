"""The OCR models with their elementwise chains folded into the convolutions, in memory.

PP-OCRv4's detection and recognition models (PPLCNetV3, exported from Paddle) follow
nearly every convolution with a learnable affine (x·a + b), a hard-swish spelt out as four
operators (x · clip(x + 3, 0, 6) / 6) and another affine: eight passes over the feature
map for one convolution, which onnxruntime does not fuse, and which also keep it from
leaving the map in its blocked (NCHWc) layout (Reorder nodes around each). Profiled on one
thread, these elementwise operators and reorders were about 40% of each model's time.

`folded` rewrites a model's graph, exactly up to float rounding (outputs within 1e-3 of
the original's, the same texts read), before onnxruntime loads it:

1. an affine right after a convolution goes into its weights and bias;
2. the spelt-out hard-swish becomes x · HardSigmoid(x), which onnxruntime runs in the
   convolution's blocked layout;
3. an affine before convolutions goes into their weights (the scale: exact with zero
   padding too) and bias (the shift: only for unpadded ones, else it stays as one Add).

This is done when the engine loads (a few hundred milliseconds, once per process) on the
model bytes the rapidocr_onnxruntime wheel ships: nothing is written to disk or cached.
The graph is read with a minimal schema of ONNX's protobuf (the fields used here, numbers
from onnx.proto); every other field is kept as read (protobuf keeps unknown fields), so
the package needs no `onnx` library.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

_FLOAT = 1  # TensorProto.DataType.FLOAT
_ATTR_FLOAT = 1  # AttributeProto.AttributeType.FLOAT

#: The ONNX messages and fields this module reads or writes: (name, number, type, label,
#: message type). Numbers as in onnx.proto; fields not named here pass through untouched.
_SCHEMA: dict[str, list[tuple[str, int, str, str, str]]] = {
    "Model": [("graph", 7, "message", "optional", "Graph")],
    "Graph": [("node", 1, "message", "repeated", "Node"),
              ("initializer", 5, "message", "repeated", "Tensor"),
              ("output", 12, "message", "repeated", "ValueInfo")],
    "Node": [("input", 1, "string", "repeated", ""), ("output", 2, "string", "repeated", ""),
             ("name", 3, "string", "optional", ""), ("op_type", 4, "string", "optional", ""),
             ("attribute", 5, "message", "repeated", "Attribute")],
    "Attribute": [("name", 1, "string", "optional", ""), ("f", 2, "float", "optional", ""),
                  ("t", 5, "message", "optional", "Tensor"),
                  ("ints", 8, "int64", "repeated", ""), ("type", 20, "int32", "optional", "")],
    "Tensor": [("dims", 1, "int64", "repeated", ""), ("data_type", 2, "int32", "optional", ""),
               ("float_data", 4, "float", "repeated", ""), ("name", 8, "string", "optional", ""),
               ("raw_data", 9, "bytes", "optional", "")],
    "ValueInfo": [("name", 1, "string", "optional", "")],
}


def _messages() -> dict[str, Any]:
    """The message classes of `_SCHEMA` (proto2, so unknown fields are kept)."""
    fd = descriptor_pb2.FileDescriptorProto(name="zhibiao_onnx_subset.proto",
                                            package="zhibiao_onnx", syntax="proto2")
    types = descriptor_pb2.FieldDescriptorProto
    for name, fields in _SCHEMA.items():
        msg = fd.message_type.add(name=name)
        for fname, number, ftype, label, of in fields:
            field = msg.field.add(name=fname, number=number,
                                  type=getattr(types, f"TYPE_{ftype.upper()}"),
                                  label=getattr(types, f"LABEL_{label.upper()}"))
            if of:
                field.type_name = f".zhibiao_onnx.{of}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fd)
    return {name: message_factory.GetMessageClass(pool.FindMessageTypeByName(
        f"zhibiao_onnx.{name}")) for name in _SCHEMA}


def folded(model: bytes) -> bytes:
    """The model (ONNX bytes) with affines and hard-swishes folded (module docstring)."""
    messages = _messages()
    proto = messages["Model"].FromString(model)
    _Graph(proto.graph, messages["Tensor"]).fold()
    return bytes(proto.SerializeToString())


class _Graph:
    """A graph being rewritten: its constants as arrays, its consumers by value name."""

    def __init__(self, graph: Any, tensor: type) -> None:
        self.graph = graph
        self.tensor = tensor
        self.outputs = {o.name for o in graph.output}
        self.values: dict[str, np.ndarray] = {}
        for init in graph.initializer:
            self._keep(init.name, init)
        for node in graph.node:
            if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
                self._keep(node.output[0], node.attribute[0].t)

    def _keep(self, name: str, t: Any) -> None:
        if t.data_type != _FLOAT:
            return
        data = (np.frombuffer(t.raw_data, "<f4") if t.raw_data
                else np.asarray(t.float_data, np.float32))
        self.values[name] = data.reshape(tuple(t.dims))

    def fold(self) -> None:
        while self._after_conv():
            pass
        self._hardswish()
        while self._before_conv():
            pass
        self._drop_unused()

    # -- helpers ------------------------------------------------------------------------

    def _consumers(self) -> dict[str, list[Any]]:
        users: dict[str, list[Any]] = defaultdict(list)
        for node in self.graph.node:
            for name in node.input:
                users[name].append(node)
        return users

    def _scalar(self, name: str) -> float | None:
        value = self.values.get(name)
        return float(value.reshape(-1)[0]) if value is not None and value.size == 1 else None

    def _operand(self, node: Any) -> tuple[float, str] | None:
        """A Mul or Add of a tensor and a scalar constant: (the scalar, the tensor)."""
        a, b = node.input
        if (s := self._scalar(b)) is not None:
            return s, a
        if (s := self._scalar(a)) is not None:
            return s, b
        return None

    def _set(self, name: str, value: np.ndarray) -> None:
        """An initializer `name` holding `value` (replaced if it exists)."""
        value = value.astype(np.float32)
        self.values[name] = value
        t = self.tensor(name=name, data_type=_FLOAT, dims=value.shape,
                        raw_data=value.astype("<f4").tobytes())
        for init in self.graph.initializer:
            if init.name == name:
                init.CopyFrom(t)
                return
        self.graph.initializer.append(t)

    def _weights(self, conv: Any) -> tuple[np.ndarray, np.ndarray]:
        """The convolution's weights and bias (zeros if it has none), made its own."""
        w = self.values[conv.input[1]].astype(np.float64)
        b = (self.values[conv.input[2]].astype(np.float64) if len(conv.input) > 2
             else np.zeros(w.shape[0]))
        return w, b

    def _store(self, conv: Any, w: np.ndarray, b: np.ndarray) -> None:
        names = f"{conv.output[0]}::W", f"{conv.output[0]}::B"
        self._set(names[0], w)
        self._set(names[1], b)
        del conv.input[1:]
        conv.input.extend(names)

    def _rename(self, nodes: Iterable[Any], old: str, new: str) -> None:
        for node in nodes:
            for k, name in enumerate(node.input):
                if name == old:
                    node.input[k] = new

    @staticmethod
    def _padded(conv: Any) -> bool:
        return any(a.name in ("pads", "auto_pad") and (a.name == "auto_pad" or any(a.ints))
                   for a in conv.attribute)

    # -- passes -------------------------------------------------------------------------

    def _after_conv(self) -> bool:
        """Conv → Mul/Add by a scalar, the conv's only consumer: into its weights/bias."""
        users = self._consumers()
        for conv in self.graph.node:
            out = conv.output[0] if conv.op_type == "Conv" else ""
            if not out or out in self.outputs or len(users[out]) != 1:
                continue
            op = users[out][0]
            if op.op_type not in ("Mul", "Add") or op.output[0] in self.outputs:
                continue
            if (found := self._operand(op)) is None:
                continue
            s, _ = found
            w, b = self._weights(conv)
            if op.op_type == "Mul":
                w, b = w * s, b * s
            else:
                b = b + s
            self._store(conv, w, b)
            self._rename(users[op.output[0]], op.output[0], out)
            self.graph.node.remove(op)
            return True
        return False

    def _hardswish(self) -> None:
        """x → Add 3 → Clip 0..6 → Mul x → Div 6 as x · HardSigmoid(x)."""
        users = self._consumers()

        def only(name: str, op: str) -> Any:
            found = users.get(name, [])
            return found[0] if len(found) == 1 and found[0].op_type == op else None

        for add in list(self.graph.node):
            if add.op_type != "Add" or self._scalar(add.input[1]) != 3.0:
                continue
            x = add.input[0]
            clip = only(add.output[0], "Clip")
            if clip is None or len(clip.input) != 3 or (
                    self._scalar(clip.input[1]), self._scalar(clip.input[2])) != (0.0, 6.0):
                continue
            mul = only(clip.output[0], "Mul")
            if mul is None or x not in mul.input:
                continue
            div = only(mul.output[0], "Div")
            if div is None or self._scalar(div.input[1]) != 6.0:
                continue
            gate = f"{div.output[0]}::gate"
            # reuse the Add as the HardSigmoid, the Div as the product; drop Clip and Mul
            add.op_type = "HardSigmoid"
            del add.input[1:]
            add.output[0] = gate
            add.attribute.add(name="alpha", f=1 / 6, type=_ATTR_FLOAT)
            add.attribute.add(name="beta", f=0.5, type=_ATTR_FLOAT)
            div.op_type = "Mul"
            div.input[0], div.input[1] = x, gate
            self.graph.node.remove(clip)
            self.graph.node.remove(mul)

    def _before_conv(self) -> bool:
        """Mul/Add by a scalar whose consumers are all convolutions (as their input):
        a scale into their weights; a shift into their bias when none is padded. A scale
        then a shift before padded ones: the shift moved before the scale (x·a + b =
        (x + b/a)·a), the scale folded."""
        users = self._consumers()
        for op in self.graph.node:
            if op.op_type not in ("Mul", "Add") or op.output[0] in self.outputs:
                continue
            if (found := self._operand(op)) is None:
                continue
            s, x = found
            convs = users[op.output[0]]
            if not convs:
                continue
            if all(c.op_type == "Conv" and c.input[0] == op.output[0] for c in convs):
                if op.op_type == "Add" and any(self._padded(c) for c in convs):
                    continue
                for conv in convs:
                    w, b = self._weights(conv)
                    if op.op_type == "Mul":
                        w = w * s
                    else:
                        b = b + s * w.sum(axis=(1, 2, 3))
                    self._store(conv, w, b)
                    conv.input[0] = x
                self.graph.node.remove(op)
                return True
            if op.op_type == "Mul" and s != 0.0 and len(convs) == 1 and convs[0].op_type == "Add":
                shift = convs[0]
                if (moved := self._operand(shift)) is None:
                    continue
                after = users[shift.output[0]]
                if not after or not all(c.op_type == "Conv" and c.input[0] == shift.output[0]
                                        for c in after):
                    continue
                # x → Mul a → Add b  becomes  x → Add b/a → Mul a (then folded above)
                name = f"{op.output[0]}::shift"
                self._set(name, np.array([moved[0] / s], np.float32))
                op.op_type, shift.op_type = "Add", "Mul"
                op.input[0], op.input[1] = x, name
                shift.input[0], shift.input[1] = op.output[0], self._constant_name(s)
                return True
        return False

    def _constant_name(self, value: float) -> str:
        name = f"::scale{len(self.values)}"
        self._set(name, np.array([value], np.float32))
        return name

    def _drop_unused(self) -> None:
        """Constant nodes and initializers nothing reads any more."""
        used = {name for node in self.graph.node for name in node.input} | self.outputs
        for node in list(self.graph.node):
            if node.op_type == "Constant" and node.output[0] not in used:
                self.graph.node.remove(node)
        keep = [t for t in self.graph.initializer if t.name in used]
        del self.graph.initializer[:]
        self.graph.initializer.extend(keep)
